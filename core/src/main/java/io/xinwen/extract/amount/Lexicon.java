package io.xinwen.extract.amount;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Surface forms mapped to values, matched longest first at a position. Loaded from a TSV resource
 * beside this class ({@code #} comments, tab-separated columns, the first column the surface).
 * Immutable.
 */
final class Lexicon<V> {
  /** A surface found in text with its value. */
  record Hit<V>(String surface, V value) {
    int length() {
      return surface.length();
    }
  }

  private final Map<Character, List<Hit<V>>> byFirstChar;

  private Lexicon(Map<Character, List<Hit<V>>> byFirstChar) {
    this.byFirstChar = byFirstChar;
  }

  /** Loads {@code resource}, turning each row's columns into a value; a repeated surface is an error. */
  static <V> Lexicon<V> load(String resource, Function<String[], V> row) {
    return load(resource, row, cols -> true);
  }

  /** Like {@link #load(String, Function)}, keeping only the rows {@code keep} accepts. */
  static <V> Lexicon<V> load(String resource, Function<String[], V> row, Predicate<String[]> keep) {
    Map<String, V> entries = new LinkedHashMap<>();
    for (String[] cols : rows(resource)) {
      if (!keep.test(cols)) continue;
      if (entries.put(cols[0], row.apply(cols)) != null) {
        throw new IllegalStateException(resource + ": surface listed twice: " + cols[0]);
      }
    }
    return of(entries);
  }

  /** A lexicon of the given surfaces and values. */
  static <V> Lexicon<V> of(Map<String, V> entries) {
    Map<Character, List<Hit<V>>> map = new HashMap<>();
    entries.forEach((surface, value) ->
        map.computeIfAbsent(surface.charAt(0), k -> new ArrayList<>()).add(new Hit<>(surface, value)));
    Map<Character, List<Hit<V>>> frozen = new HashMap<>();
    map.forEach((k, v) -> {
      v.sort(Comparator.comparingInt((Hit<V> h) -> h.length()).reversed());
      frozen.put(k, List.copyOf(v));
    });
    return new Lexicon<>(Map.copyOf(frozen));
  }

  /** True when some surface starts with {@code c}. */
  boolean startsWith(char c) {
    return byFirstChar.containsKey(c);
  }

  /** The longest surface starting at {@code pos}, or null. */
  Hit<V> match(CharSequence text, int pos) {
    if (pos >= text.length()) return null;
    List<Hit<V>> hits = byFirstChar.get(text.charAt(pos));
    if (hits == null) return null;
    for (Hit<V> h : hits) {
      if (regionMatches(text, pos, h.surface())) return h;
    }
    return null;
  }

  /** True when {@code text} holds {@code word} at {@code pos}. */
  static boolean regionMatches(CharSequence text, int pos, String word) {
    if (pos + word.length() > text.length()) return false;
    for (int k = 0; k < word.length(); k++) {
      if (text.charAt(pos + k) != word.charAt(k)) return false;
    }
    return true;
  }

  /** The non-comment, non-blank rows of a resource beside this class, split on tabs. */
  static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
