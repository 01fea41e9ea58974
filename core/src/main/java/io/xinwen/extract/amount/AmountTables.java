package io.xinwen.extract.amount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data the amount rules read, loaded from the TSV files beside this class: currencies
 * (ISO 4217), physical units (SI-style symbols), measure words, approximation qualifiers and
 * phrases that are not amounts. Immutable; {@link #defaults()} is loaded once.
 */
final class AmountTables {
  /** A currency surface: its ISO 4217 code, and whether it may stand before the number (人民币5000元). */
  record Currency(String code, boolean prefix) {}

  /** A physical unit surface: its symbol, the factor to that symbol, and when it applies. */
  record Unit(String symbol, BigDecimal factor, String condition) {
    static final String SCALED = "scaled";
    static final String BEFORE = "before:";
    static final String NEAR = "near:";
  }

  /** A measure word: the continuations after which it is part of another word (个月, 人民). */
  record MeasureWord(List<String> blocked) {}

  /** An approximation qualifier, where it stands, and the characters it never follows. */
  record Qualifier(boolean before, String approx, String notAfter) {}

  final Lexicon<Currency> currencies;
  /** Physical units; a surface may have several readings, tried in file order (度: kWh before 电, ° near 温). */
  final Lexicon<List<Unit>> units;
  final Lexicon<MeasureWord> measureWords;
  final Lexicon<Qualifier> before;
  final Lexicon<Qualifier> after;
  final List<String> notAmounts;
  private final Map<String, List<Cue>> currencyCues;

  /** A word in the text that tells which currency an ambiguous name (卢比, 里亚尔) means. */
  private record Cue(String word, String code) {}

  private AmountTables() {
    currencies = Lexicon.load("currencies.tsv", c -> new Currency(c[1], "yes".equals(c[2])));
    Map<String, List<Unit>> unitRows = new LinkedHashMap<>();
    for (String[] c : Lexicon.rows("units.tsv")) {
      unitRows.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new Unit(c[1], new BigDecimal(c[2]), c.length > 3 ? c[3] : ""));
    }
    unitRows.replaceAll((k, v) -> List.copyOf(v));
    units = Lexicon.of(unitRows);
    measureWords = Lexicon.load("measure-words.tsv",
        c -> new MeasureWord(c.length > 1 && !c[1].isEmpty() ? List.of(c[1].split(",")) : List.of()));
    List<String[]> quals = Lexicon.rows("qualifiers.tsv");
    for (String[] q : quals) {
      if (!q[1].equals("before") && !q[1].equals("after")) throw new IllegalStateException("qualifiers.tsv: " + q[0]);
    }
    before = Lexicon.load("qualifiers.tsv", c -> new Qualifier(true, c[2], c.length > 3 ? c[3] : ""), c -> c[1].equals("before"));
    after = Lexicon.load("qualifiers.tsv", c -> new Qualifier(false, c[2], c.length > 3 ? c[3] : ""), c -> c[1].equals("after"));
    notAmounts = Lexicon.rows("not-amounts.txt").stream().map(r -> r[0]).toList();
    Map<String, List<Cue>> cues = new HashMap<>();
    for (String[] r : Lexicon.rows("currency-context.tsv")) {
      cues.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Cue(r[1], r[2]));
    }
    Map<String, List<Cue>> frozen = new HashMap<>();
    cues.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    currencyCues = Map.copyOf(frozen);
  }

  /**
   * The currency an ambiguous name at {@code pos} means from the text around it: the cue nearest
   * before it wins (巴基斯坦 … 2万卢比 → PKR), else the first after it, else {@code code}.
   */
  String currencyInContext(String surface, String code, String text, int pos) {
    List<Cue> cues = currencyCues.get(surface);
    if (cues == null) return code;
    int bestBefore = -1;
    int bestAfter = Integer.MAX_VALUE;
    String before = null;
    String after = null;
    for (Cue c : cues) {
      int b = text.lastIndexOf(c.word(), pos - 1);
      if (b > bestBefore) {
        bestBefore = b;
        before = c.code();
      }
      int a = text.indexOf(c.word(), pos);
      if (a >= 0 && a < bestAfter) {
        bestAfter = a;
        after = c.code();
      }
    }
    return before != null ? before : after != null ? after : code;
  }

  private static final class Holder {
    static final AmountTables DEFAULTS = new AmountTables();
  }

  static AmountTables defaults() {
    return Holder.DEFAULTS;
  }
}
