package io.xinwen.extract.amount;

import java.math.BigDecimal;
import java.util.List;

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
  }

  /** A measure word: the continuations after which it is part of another word (个月, 人民). */
  record MeasureWord(List<String> blocked) {}

  /** An approximation qualifier and where it stands. */
  record Qualifier(boolean before, String approx) {}

  final Lexicon<Currency> currencies;
  final Lexicon<Unit> units;
  final Lexicon<MeasureWord> measureWords;
  final Lexicon<Qualifier> before;
  final Lexicon<Qualifier> after;
  final List<String> notAmounts;

  private AmountTables() {
    currencies = Lexicon.load("currencies.tsv", c -> new Currency(c[1], "yes".equals(c[2])));
    units = Lexicon.load("units.tsv",
        c -> new Unit(c[1], new BigDecimal(c[2]), c.length > 3 ? c[3] : ""));
    measureWords = Lexicon.load("measure-words.tsv",
        c -> new MeasureWord(c.length > 1 && !c[1].isEmpty() ? List.of(c[1].split(",")) : List.of()));
    List<String[]> quals = Lexicon.rows("qualifiers.tsv");
    for (String[] q : quals) {
      if (!q[1].equals("before") && !q[1].equals("after")) throw new IllegalStateException("qualifiers.tsv: " + q[0]);
    }
    before = Lexicon.load("qualifiers.tsv", c -> new Qualifier(true, c[2]), c -> c[1].equals("before"));
    after = Lexicon.load("qualifiers.tsv", c -> new Qualifier(false, c[2]), c -> c[1].equals("after"));
    notAmounts = Lexicon.rows("not-amounts.txt").stream().map(r -> r[0]).toList();
  }

  private static final class Holder {
    static final AmountTables DEFAULTS = new AmountTables();
  }

  static AmountTables defaults() {
    return Holder.DEFAULTS;
  }
}
