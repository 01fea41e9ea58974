package io.xinwen.extract.country;

import io.xinwen.extract.WordTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the country rules look up, built once from the gazetteer and the data files beside
 * this class ({@code traps.txt}, {@code compounds.tsv}, {@code compound-stops.txt}). Immutable.
 */
final class Lexicon {
  /** What a dictionary word is. */
  enum Kind { NAME, CAPITAL, TRAP, FIXED_COMPOUND }

  /**
   * A dictionary word: {@code key} as it appears in the text, the {@code mentionLength} leading
   * characters of it forming the mention, and the codes it stands for (none for a trap).
   */
  record Word(String key, Kind kind, int mentionLength, List<String> codes) {
    Word {
      codes = List.copyOf(codes);
    }
  }

  private final CountryGazetteer gazetteer;
  private final WordTrie<Word> words;
  private final Map<String, String> singleCharNames;
  private final Set<String> compoundStops;
  private final WordTrie<String> abbreviations;

  Lexicon(CountryGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    Map<String, Word> w = new HashMap<>();
    Map<String, String> single = new HashMap<>();
    gazetteer.names().forEach((name, code) -> {
      if (name.length() == 1) single.put(name, code);
      else w.put(name, new Word(name, Kind.NAME, name.length(), List.of(code)));
    });
    for (CountryGazetteer.Entry e : gazetteer.entries()) {
      if (!e.capital().isEmpty()) {
        w.putIfAbsent(e.capital(), new Word(e.capital(), Kind.CAPITAL, e.capital().length(), List.of(e.code())));
      }
    }
    for (String trap : lines("traps.txt")) w.put(trap, new Word(trap, Kind.TRAP, trap.length(), List.of()));
    for (String line : lines("compounds.tsv")) {
      String[] f = line.split("\t");
      String compound = f[0];
      int bar = compound.indexOf('|');
      String key = compound.replace("|", "");
      int mentionLength = bar < 0 ? key.length() : bar;
      w.put(key, new Word(key, Kind.FIXED_COMPOUND, mentionLength, List.of(f[1].trim().split(" +"))));
    }
    this.words = WordTrie.forward(w);
    this.singleCharNames = Map.copyOf(single);
    this.compoundStops = Set.copyOf(lines("compound-stops.txt"));
    Map<String, String> abbreviations = new HashMap<>();
    gazetteer.abbreviations().keySet().forEach(a -> abbreviations.put(a, a));
    this.abbreviations = WordTrie.forward(abbreviations);
  }

  CountryGazetteer gazetteer() {
    return gazetteer;
  }

  /** The longest dictionary word starting at {@code i}, or null. */
  Word longestWordAt(String text, int i) {
    return words.longest(text, i, text.length());
  }

  /** The code of a one-character name (俄), or null. */
  String singleCharName(char c) {
    return singleCharNames.get(String.valueOf(c));
  }

  /**
   * The longest compound abbreviation (印尼 before 印) starting at {@code i}, or null. A 日 right
   * after a numeral or a time word (26日, 今日) is a day, never Japan.
   */
  String abbreviationAt(String text, int i) {
    String a = abbreviations.longest(text, i, text.length());
    if (a == null) return null;
    if (a.equals("日") && i > 0 && DAY_BEFORE.indexOf(text.charAt(i - 1)) >= 0) return null;
    if (a.equals("日") && i > 0 && Character.isDigit(text.charAt(i - 1))) return null;
    return a;
  }

  /** Whether a compound letter followed by {@code next} forms an ordinary word (美好, 英文). */
  boolean isCompoundStop(String abbreviation, char next) {
    return compoundStops.contains(abbreviation + next);
  }

  private static final String DAY_BEFORE = "〇零一二三四五六七八九十廿卅两今昨明前后次翌当同近每平节假周末终元抗生";

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
