package io.xinwen.extract.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of words with longest-match lookups starting or ending at a position, indexed by
 * first and last character. Immutable and thread-safe.
 */
final class WordList {
  private final List<String> words;
  private final Map<Character, List<String>> byFirst = new HashMap<>();
  private final Map<Character, List<String>> byLast = new HashMap<>();

  WordList(List<String> words) {
    this.words = words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String w : this.words) {
      byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
      byLast.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
    }
  }

  /** Every word, longest first. */
  List<String> all() {
    return words;
  }

  /** The longest word starting at {@code i}, or null. */
  String startingAt(CharSequence text, int i) {
    if (i < 0 || i >= text.length()) return null;
    List<String> candidates = byFirst.get(text.charAt(i));
    if (candidates == null) return null;
    for (String w : candidates) {
      if (NameLexicon.regionMatches(text, i, w)) return w;
    }
    return null;
  }

  /** The longest word ending exactly at {@code end} and starting at or after {@code from}, or null. */
  String endingAt(CharSequence text, int from, int end) {
    if (end <= 0 || end > text.length()) return null;
    List<String> candidates = byLast.get(text.charAt(end - 1));
    if (candidates == null) return null;
    for (String w : candidates) {
      int s = end - w.length();
      if (s >= from && NameLexicon.regionMatches(text, s, w)) return w;
    }
    return null;
  }
}
