package io.xinwen.extract.amount;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.Extractor;
import io.xinwen.extract.number.ChineseNumbers;
import io.xinwen.extract.number.Numeral;
import io.xinwen.extract.number.NumeralScanner;
import io.xinwen.model.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds money (ISO 4217), percentages and quantities in normalized text, left to right, longest
 * reading first: an optional qualifier (约, 超, 不到), a prefix ({@link AmountRule} 百分之,
 * 人民币) or a numeral, a unit, an optional range end ({@code 3至5亿元}, {@code 10%—15%}) and an
 * optional trailing qualifier (左右, 以上). Years, dates, ordinals (第11万列), durations (24小时),
 * 5G and codes are not read. Immutable and thread-safe.
 */
public final class AmountExtractor implements Extractor<Amount> {
  private static final String RANGE_MARKS = "至到-—~～－〜";
  /** Before 数/几: words where 数 is "number" (人数, 总数) or 几 "how many", not "several". */
  private static final String NOT_BEFORE_SHU = "人总次指系倍分基岁函参变常级多少无定个点位户件台";
  private static final AmountRule[] RULES = AmountRule.values();
  /** The qualifier of a converted amount: 5亿美元（约合人民币36亿元）. */
  private static final String CONVERTED = "约合";

  private final AmountTables tables;
  /** Characters an amount can start with: numerals, qualifiers, currency and percent prefixes. */
  private final boolean[] canStart = new boolean[Character.MAX_VALUE + 1];

  public AmountExtractor() {
    this(AmountTables.defaults());
  }

  private AmountExtractor(AmountTables tables) {
    this.tables = tables;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      canStart[c] = isNumeralChar(c) || tables.before.startsWith(c) || tables.currencies.startsWith(c)
          || "百千万摄攝华華数负-半".indexOf(c) >= 0;
    }
  }

  @Override
  public List<Amount> extract(ExtractionContext context) {
    String text = context.text();
    boolean[] blocked = notAmountMask(text);
    List<Amount> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Amount a = canStart[text.charAt(i)] ? readAt(text, i) : null;
      if (a == null) {
        i++;
        continue;
      }
      if (!overlaps(blocked, a.start(), a.end())) out.add(a);
      i = a.end();
    }
    return List.copyOf(out);
  }

  private Amount readAt(String s, int i) {
    Lexicon.Hit<AmountTables.Qualifier> q = tables.before.match(s, i);
    if (q != null && i > 0 && q.value().notAfter().indexOf(s.charAt(i - 1)) >= 0) q = null; // 扩大|约30%
    if (q != null) {
      Amount a = readBody(s, i, i + q.length(), q);
      if (a != null) return a;
    }
    return readBody(s, i, i, null);
  }

  /** An amount whose number (or prefix) starts at {@code j}, the span starting at {@code start}. */
  private Amount readBody(String s, int start, int j, Lexicon.Hit<AmountTables.Qualifier> q) {
    if (j >= s.length() || (q == null && j > 0 && isNumeralChar(s.charAt(j - 1)))) return null;
    for (AmountRule rule : RULES) {
      AmountRule.Prefix p = rule.prefix(tables, s, j);
      if (p == null) continue;
      Numeral n = scan(s, j + p.length());
      // 百分之二三十 is left alone (the suites agree); ranges after a prefix are not read
      if (n == null || n.isRange()) continue;
      int end = n.end();
      if (p.kind().equals(Amount.MONEY)) {
        Lexicon.Hit<AmountTables.Currency> c = tables.currencies.match(s, end);
        if (c != null) end += c.length(); // 人民币5000元
        else if (!n.scaled() || readUnit(s, n, end) != null) continue; // 人民币升值2%, 美元2年期
      } else if (end < s.length() && isPercentContinuation(s.charAt(end))) {
        continue; // 百分之3.2% is not a second reading
      }
      if (!p.closers().isEmpty()) {
        if (end >= s.length() || p.closers().indexOf(s.charAt(end)) < 0) continue;
        end++;
      }
      return build(s, start, q, n, null, new AmountRule.Reading(p.rule(), p.kind(), p.unit(), p.factor(), end));
    }
    if ((q == null && !startsNumber(s, j)) || !canLead(s, j, q)) return null;
    if (s.charAt(j) == '半') return half(s, start, j, q);
    Numeral n = scan(s, j);
    if (n == null) return null;
    AmountRule.Reading r = readUnit(s, n, n.end());
    if (r == null) { // 3至5亿元: a bare number, a range mark, a number with a unit
      Numeral m = rangeEnd(s, n.end());
      if (m == null) return null;
      r = readUnit(s, m, m.end());
      if (r == null) return null;
      return build(s, start, q, n, m, r);
    }
    Numeral m = rangeEnd(s, r.end()); // 10%—15%: both ends carry the unit
    if (m != null) {
      AmountRule.Reading r2 = readUnit(s, m, m.end());
      if (r2 != null && r2.kind().equals(r.kind()) && r2.unit().equals(r.unit())) {
        Amount ranged = build(s, start, q, n, m, r2);
        if (ranged != null) return ranged;
      }
    }
    return build(s, start, q, n, null, r);
  }

  /** 半成 → 5 %, 半公升 → 0.5 L: 半 is a number only before a tenth or a physical unit. */
  private Amount half(String s, int start, int j, Lexicon.Hit<AmountTables.Qualifier> q) {
    Numeral n = new Numeral(j, j + 1, new BigDecimal("0.5"), null, false, BigDecimal.ONE, true);
    AmountRule.Reading r = AmountRule.PERCENT_TENTHS.suffix(tables, s, n, j + 1);
    if (r == null) r = AmountRule.QUANTITY_UNIT.suffix(tables, s, n, j + 1);
    return r == null ? null : build(s, start, q, n, null, r);
  }

  private AmountRule.Reading readUnit(String s, Numeral n, int pos) {
    for (AmountRule rule : RULES) {
      AmountRule.Reading r = rule.suffix(tables, s, n, pos);
      if (r != null) return r;
    }
    return null;
  }

  /** The numeral after a range mark at {@code pos}, or null. */
  private Numeral rangeEnd(String s, int pos) {
    if (pos + 1 >= s.length() || RANGE_MARKS.indexOf(s.charAt(pos)) < 0) return null;
    if (s.charAt(pos + 1) == '-' || s.charAt(pos + 1) == '—') return null;
    Numeral m = scan(s, pos + 1);
    return m == null || m.isRange() || m.low().signum() < 0 ? null : m;
  }

  /** Assembles the amount; {@code hi} is the high end of a range across a range mark, else null. */
  private Amount build(String s, int start, Lexicon.Hit<AmountTables.Qualifier> q, Numeral n, Numeral hi,
      AmountRule.Reading r) {
    BigDecimal low = n.low();
    BigDecimal high = n.high();
    if (hi != null) {
      if (n.isRange()) return null;
      if (!n.scaled() && hi.scaled()) low = low.multiply(hi.scale()); // 3至5亿 = 3亿..5亿
      high = hi.low();
      if (high.compareTo(low) <= 0) return null;
    }
    int end = r.end();
    String approx = q != null ? q.value().approx()
        : n.over() || (hi != null && hi.over()) ? "over"
        : n.isRange() ? "about" // 三四十家, 数十亿元: a vague range is approximate
        : null;
    Lexicon.Hit<AmountTables.Qualifier> after = tables.after.match(s, end);
    if (after != null) {
      end += after.length();
      if (approx == null) approx = after.value().approx();
    }
    if (approx == null) approx = "exact";
    AmountRule rule = r.kind().equals(Amount.MONEY) && q != null && q.surface().equals(CONVERTED)
        ? AmountRule.MONEY_CONVERTED : r.rule();
    BigDecimal value = strip(low.multiply(r.factor()).add(r.offset()));
    BigDecimal valueMax = high == null ? null : strip(high.multiply(r.factor()).add(r.offset()));
    return new Amount(r.kind(), s.substring(start, end), value, valueMax, r.unit(), approx, start, end, rule.id());
  }

  private Numeral scan(String s, int pos) {
    return NumeralScanner.scan(s, pos, at -> startsUnitWithSmallScale(s, at));
  }

  /** True where a unit such as 千米, 千瓦, 百万 starts with 十/百/千, so the numeral stops before it. */
  private boolean startsUnitWithSmallScale(String s, int at) {
    Lexicon.Hit<List<AmountTables.Unit>> u = tables.units.match(s, at);
    return u != null && u.length() > 1;
  }

  /** True when a bare number may start at {@code i}: not inside a word, code, ordinal or date. */
  private static boolean startsNumber(String s, int i) {
    char c = s.charAt(i);
    boolean numeral = (c >= '0' && c <= '9') || ChineseNumbers.digit(c) >= 0 || ChineseNumbers.smallUnit(c) > 0
        || c == '万' || c == '亿' || c == '几' || c == '数' || c == '负' || c == '-' || c == '半';
    if (!numeral) return false;
    if (i == 0) return true;
    char p = s.charAt(i - 1);
    if (isAsciiLetterOrDigit(p) || p == '.' || p == '第' || p == '#' || p == '_') return false;
    if (isNumeralChar(p)) return false;
    if ((c == '数' || c == '几') && NOT_BEFORE_SHU.indexOf(p) >= 0) return false; // 人数十万, 总数
    if (p == '之' && i >= 2 && s.charAt(i - 2) == '分' && !isNumeralChar(c)) return false;
    if ("-－/:：~".indexOf(p) >= 0 && i >= 2 && isAsciiLetterOrDigit(s.charAt(i - 2))) return false; // 010-8888
    return true;
  }

  /** A lone 百, 千, 万 or 亿 starts an amount only after a qualifier (近千家, 逾百亿元) or before 亿/万 (千亿元). */
  private static boolean canLead(String s, int j, Lexicon.Hit<AmountTables.Qualifier> q) {
    char c = s.charAt(j);
    if (c != '百' && c != '千' && c != '万' && c != '亿') return true;
    if (q != null) return true;
    char next = j + 1 < s.length() ? s.charAt(j + 1) : 0;
    return next == '万' || next == '亿';
  }

  private static boolean isNumeralChar(char c) {
    return ChineseNumbers.digit(c) >= 0 || ChineseNumbers.smallUnit(c) > 0 || c == '万' || c == '亿' || c == '几'
        || (c >= '0' && c <= '9');
  }

  private static boolean isPercentContinuation(char c) {
    return c == '%' || c == '％';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private boolean[] notAmountMask(String text) {
    boolean[] mask = new boolean[text.length()];
    for (String phrase : tables.notAmounts) {
      for (int k = text.indexOf(phrase); k >= 0; k = text.indexOf(phrase, k + 1)) {
        for (int x = k; x < k + phrase.length(); x++) mask[x] = true;
      }
    }
    return mask;
  }

  private static boolean overlaps(boolean[] mask, int start, int end) {
    for (int k = start; k < end; k++) if (mask[k]) return true;
    return false;
  }

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
