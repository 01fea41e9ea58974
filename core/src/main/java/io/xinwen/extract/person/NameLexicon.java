package io.xinwen.extract.person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word lists that name recognition and quote attribution share: surnames, titles, speech
 * verbs, transliteration characters and the words that may follow a name. Loaded once from the
 * data files beside this class; immutable and thread-safe.
 */
public final class NameLexicon {
  private static final NameLexicon DEFAULTS = load();

  private final Set<String> surnames;
  private final WordList titles;
  private final WordList speechVerbs;
  private final WordList followers;
  private final Set<Integer> transliteration;

  private NameLexicon(Set<String> surnames, List<String> titles, List<String> speechVerbs,
      List<String> followers, Set<Integer> transliteration) {
    this.surnames = Set.copyOf(surnames);
    this.titles = new WordList(titles);
    this.speechVerbs = new WordList(speechVerbs);
    this.followers = new WordList(followers);
    this.transliteration = Set.copyOf(transliteration);
  }

  /** The lexicon built from the bundled data files. */
  public static NameLexicon defaults() {
    return DEFAULTS;
  }

  private static NameLexicon load() {
    Set<String> surnames = new HashSet<>();
    for (String line : lines("surnames.txt")) {
      for (String s : line.split("\\s+")) {
        if (!s.isEmpty()) surnames.add(s);
      }
    }
    Set<Integer> translit = new HashSet<>();
    for (String line : lines("transliteration-chars.txt")) {
      line.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(translit::add);
    }
    return new NameLexicon(surnames, lines("titles.txt"), lines("speech-verbs.txt"), lines("name-followers.txt"), translit);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Length (1 or 2) of the surname starting at {@code i}, preferring compound surnames, or 0. */
  public int surnameAt(CharSequence text, int i) {
    if (i + 2 <= text.length() && surnames.contains(text.subSequence(i, i + 2).toString())) return 2;
    if (i < text.length() && surnames.contains(String.valueOf(text.charAt(i)))) return 1;
    return 0;
  }

  /** Whether {@code c} is a character used in transliterated foreign names. */
  public boolean isTransliteration(char c) {
    return transliteration.contains((int) c);
  }

  /** The longest title starting at {@code i}, or null. */
  public String titleAt(CharSequence text, int i) {
    return titles.startingAt(text, i);
  }

  /** The longest title ending exactly at {@code end} and starting at or after {@code from}, or null. */
  public String titleEndingAt(CharSequence text, int from, int end) {
    return titles.endingAt(text, from, end);
  }

  /** Whether a title, speech verb or follower word ends exactly at {@code end} (so a name may start there). */
  public boolean wordEndsAt(CharSequence text, int end) {
    return titles.endingAt(text, 0, end) != null || speechVerbs.endingAt(text, 0, end) != null
        || followers.endingAt(text, 0, end) != null;
  }

  /** The longest speech verb starting at {@code i}, or null. */
  public String speechVerbAt(CharSequence text, int i) {
    return speechVerbs.startingAt(text, i);
  }

  /** The longest speech verb ending exactly at {@code end} and starting at or after {@code from}, or null. */
  public String speechVerbEndingAt(CharSequence text, int from, int end) {
    return speechVerbs.endingAt(text, from, end);
  }

  /** Whether a name may end right before {@code i}: end of text, punctuation, a speech verb, a title or a follower word. */
  public boolean nameMayEndBefore(CharSequence text, int i) {
    if (i >= text.length()) return true;
    char c = text.charAt(i);
    if (!isHan(c)) return c != '·';
    return speechVerbAt(text, i) != null || titleAt(text, i) != null || followers.startingAt(text, i) != null;
  }

  /** Whether {@code c} is a CJK unified ideograph. */
  public static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && c != '〇';
  }

  /** Whether {@code word} is the Chinese name of a country (from the JDK's CLDR data), so not a person. */
  public boolean isCountryName(String word) {
    return COUNTRY_NAMES.contains(word);
  }

  private static final Set<String> COUNTRY_NAMES = countryNames();

  private static Set<String> countryNames() {
    Set<String> out = new HashSet<>();
    for (String code : java.util.Locale.getISOCountries()) {
      out.add(new java.util.Locale("", code).getDisplayCountry(java.util.Locale.SIMPLIFIED_CHINESE));
    }
    out.addAll(List.of("俄罗斯", "沙特", "阿联酋", "印尼", "菲律宾", "土耳其", "塔吉克", "吉尔吉斯", "乌兹别克"));
    return Set.copyOf(out);
  }

  /** Every title, longest first. */
  public List<String> titles() {
    return titles.all();
  }

  /** Every speech verb, longest first. */
  public List<String> speechVerbs() {
    return speechVerbs.all();
  }
}
