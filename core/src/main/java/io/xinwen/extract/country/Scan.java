package io.xinwen.extract.country;

import io.xinwen.model.CountryMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one extraction run over one text: which characters a rule has already taken, the
 * mentions found so far, and the countries the article names unambiguously (which decide
 * ambiguous abbreviations). Confined to one call; never shared.
 */
final class Scan {
  final String text;
  final Lexicon lexicon;
  private final boolean[] claimed;
  private final List<CountryMention> found = new ArrayList<>();
  private final Map<String, List<Integer>> named = new HashMap<>();

  Scan(String text, Lexicon lexicon) {
    this.text = text;
    this.lexicon = lexicon;
    this.claimed = new boolean[text.length()];
  }

  boolean isFree(int start, int end) {
    if (start < 0 || end > text.length()) return false;
    for (int i = start; i < end; i++) {
      if (claimed[i]) return false;
    }
    return true;
  }

  void claim(int start, int end) {
    for (int i = start; i < end; i++) claimed[i] = true;
  }

  void emit(String code, int start, int end, String rule) {
    found.add(new CountryMention(code, text.substring(start, end), start, end, rule));
  }

  /** Records that the article names {@code code} unambiguously at {@code position}. */
  void support(String code, int position) {
    named.computeIfAbsent(code, k -> new ArrayList<>()).add(position);
  }

  /**
   * The country an abbreviation at {@code position} stands for: its only reading when that needs
   * no support, else the one reading the article names elsewhere (the nearest named one when
   * several are), else null — a letter is left out rather than guessed.
   */
  String resolve(String abbreviation, int position) {
    List<String> codes = lexicon.gazetteer().abbreviations().get(abbreviation);
    if (codes == null) return null;
    if (!lexicon.gazetteer().needsSupport(abbreviation)) return codes.get(0);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String code : codes) {
      for (int p : named.getOrDefault(code, List.of())) {
        int d = Math.abs(p - position);
        if (d < bestDistance) {
          bestDistance = d;
          best = code;
        }
      }
    }
    return best;
  }

  List<CountryMention> mentions() {
    List<CountryMention> out = new ArrayList<>(found);
    out.sort(Comparator.comparingInt(CountryMention::start)); // stable: compound letters keep their order
    return out;
  }
}
