package io.xinwen.extract.amount;

import io.xinwen.extract.number.Numeral;
import io.xinwen.model.Amount;
import java.math.BigDecimal;
import java.util.List;

/**
 * The amount rules in the order they are tried, each with its stable id. Prefix rules read a word
 * before the number (百分之三十五, 人民币5000元); suffix rules read the unit after it (58.9%, 1200万吨).
 * Examples for every rule are in {@code AmountExtractorTest}.
 */
enum AmountRule {
  /** 百分之三十五, 千分之2.4 (→ 0.24 %), 万分之三 (→ 0.03 %). */
  PERCENT_FRACTION("amount.percent.fraction") {
    @Override
    Prefix prefix(AmountTables tables, CharSequence s, int pos) {
      if (Lexicon.regionMatches(s, pos, "百分之")) return new Prefix(this, Amount.PERCENT, "%", BigDecimal.ONE, 3, "");
      if (Lexicon.regionMatches(s, pos, "千分之")) return new Prefix(this, Amount.PERCENT, "%", new BigDecimal("0.1"), 3, "");
      if (Lexicon.regionMatches(s, pos, "万分之")) return new Prefix(this, Amount.PERCENT, "%", new BigDecimal("0.01"), 3, "");
      return null;
    }
  },
  /**
   * 约合人民币36亿元, 约合16.4亿元人民币: the converted amount beside a foreign one, kept as an amount
   * of its own; set on a money amount read by another rule when 约合 stands before it.
   */
  MONEY_CONVERTED("amount.money.converted"),
  /** 人民币5000元, 港币两千九百六十元, 美元5亿: the currency before the number. */
  MONEY_PREFIX("amount.money.prefix") {
    @Override
    Prefix prefix(AmountTables tables, CharSequence s, int pos) {
      Lexicon.Hit<AmountTables.Currency> c = tables.currencies.match(s, pos);
      if (c == null || !c.value().prefix()) return null;
      String code = tables.currencyInContext(c.surface(), c.value().code(), s.toString(), pos);
      return new Prefix(this, Amount.MONEY, code, BigDecimal.ONE, c.length(), "");
    }
  },
  /** 摄氏37度 → 37 °C, 华氏70° → 70 °F: the scale before the number, 度 or ° after it. */
  QUANTITY_TEMPERATURE("amount.quantity.temperature") {
    @Override
    Prefix prefix(AmountTables tables, CharSequence s, int pos) {
      if (pos + 2 > s.length() || s.charAt(pos + 1) != '氏') return null;
      String unit = switch (s.charAt(pos)) {
        case '摄', '攝' -> "°C";
        case '华', '華' -> "°F";
        default -> null;
      };
      return unit == null ? null : new Prefix(this, Amount.QUANTITY, unit, BigDecimal.ONE, 2, "度°");
    }
  },
  /** 6个百分点, 0.4个百分点 → pp. */
  PERCENT_POINTS("amount.percent.points") {
    @Override
    Reading suffix(AmountTables tables, CharSequence s, Numeral n, int pos) {
      if (Lexicon.regionMatches(s, pos, "个百分点")) return new Reading(this, Amount.PERCENT, "pp", BigDecimal.ONE, pos + 4);
      if (Lexicon.regionMatches(s, pos, "百分点")) return new Reading(this, Amount.PERCENT, "pp", BigDecimal.ONE, pos + 3);
      return null;
    }
  },
  /** 58.9%, 10%—15%. */
  PERCENT_SIGN("amount.percent.sign") {
    @Override
    Reading suffix(AmountTables tables, CharSequence s, Numeral n, int pos) {
      if (pos < s.length() && (s.charAt(pos) == '%' || s.charAt(pos) == '％')) {
        return new Reading(this, Amount.PERCENT, "%", BigDecimal.ONE, pos + 1);
      }
      return null;
    }
  },
  /** 近两成 → 20 %, 7.2成 → 72 %, 三成半 → 35 %: 成 is a tenth, only after a number up to ten. */
  PERCENT_TENTHS("amount.percent.tenths") {
    @Override
    Reading suffix(AmountTables tables, CharSequence s, Numeral n, int pos) {
      if (pos >= s.length() || s.charAt(pos) != '成' || n.scaled() || n.over()) return null;
      BigDecimal top = n.isRange() ? n.high() : n.low();
      if (top.compareTo(BigDecimal.TEN) > 0 || n.low().signum() <= 0) return null;
      int end = pos + 1;
      boolean half = end < s.length() && s.charAt(end) == '半' && n.low().compareTo(BigDecimal.ONE) >= 0;
      if (half) end++;
      if (end < s.length() && NOT_AFTER_TENTHS.indexOf(s.charAt(end)) >= 0) return null;
      return new Reading(this, Amount.PERCENT, "%", BigDecimal.TEN, half ? new BigDecimal(5) : BigDecimal.ZERO, end);
    }
  },
  /** 1400亿美元, 5306亿台币, 36.57亿元人民币: the currency after the number. */
  MONEY_SUFFIX("amount.money.suffix") {
    @Override
    Reading suffix(AmountTables tables, CharSequence s, Numeral n, int pos) {
      Lexicon.Hit<AmountTables.Currency> c = tables.currencies.match(s, pos);
      if (c == null) return null;
      int end = pos + c.length();
      String code = c.value().code();
      if (c.surface().equals("元")) {
        if (end < s.length() && NOT_AFTER_YUAN.indexOf(s.charAt(end)) >= 0) return null;
        Lexicon.Hit<AmountTables.Currency> named = tables.currencies.match(s, end); // 9000元日币
        if (named != null && !named.surface().startsWith("元")) {
          code = named.value().code();
          end += named.length();
        }
      }
      code = tables.currencyInContext(c.surface(), code, s.toString(), pos); // 卢比 by context
      // 1月1日元旦: 日 closes a date, it does not start 日元
      if (c.surface().startsWith("日") && n.start() > 0 && s.charAt(n.start() - 1) == '月') return null;
      return new Reading(this, Amount.MONEY, code, BigDecimal.ONE, end);
    }
  },
  /** 120万吨 → 1200000 t, 500兆瓦 → MW, 110多平方公里 → km², 两米半 → 2.5 m. */
  QUANTITY_UNIT("amount.quantity.unit") {
    @Override
    Reading suffix(AmountTables tables, CharSequence s, Numeral n, int pos) {
      int at = pos;
      Lexicon.Hit<List<AmountTables.Unit>> u = tables.units.match(s, at);
      if (u == null && at < s.length() && s.charAt(at) == ' ' && !n.chinese()) { // 3 km
        u = tables.units.match(s, at + 1);
        if (u != null && !isLatin(u.surface().charAt(0))) u = null;
        at++;
      }
      if (u == null) return null;
      int end = at + u.length();
      if (isLatin(u.surface().charAt(u.length() - 1)) && end < s.length() && (isLatin(s.charAt(end)) || Character.isDigit(s.charAt(end)))) {
        return null; // 5GB, 3mm2 are not these units
      }
      if (isLatin(u.surface().charAt(0)) && n.chinese()) return null;
      AmountTables.Unit unit = null;
      for (AmountTables.Unit candidate : u.value()) {
        if (applies(candidate.condition(), s, n, end)) {
          unit = candidate;
          break;
        }
      }
      if (unit == null) return null;
      BigDecimal offset = BigDecimal.ZERO;
      if (end < s.length() && s.charAt(end) == '半' && !n.isRange() && !n.scaled()) { // 三斤半
        offset = new BigDecimal("0.5");
        end++;
      }
      return new Reading(this, Amount.QUANTITY, unit.symbol(), unit.factor(), offset, end);
    }
  },
  /** 3000家, 10万人次, 11万列, 30多个: a count keeps its measure word as the unit. */
  QUANTITY_COUNT("amount.quantity.count") {
    @Override
    Reading suffix(AmountTables tables, CharSequence s, Numeral n, int pos) {
      Lexicon.Hit<AmountTables.MeasureWord> m = tables.measureWords.match(s, pos);
      if (m == null) return null;
      int end = pos + m.length();
      for (String b : m.value().blocked()) {
        if (Lexicon.regionMatches(s, end, b)) return null;
      }
      // 一个, 两国, 三家企业, 三四个: a small Chinese numeral counts nothing a reader would look up
      BigDecimal top = n.isRange() ? n.high() : n.low();
      if (n.chinese() && !n.scaled() && top.compareTo(BigDecimal.TEN) < 0) return null;
      return new Reading(this, Amount.QUANTITY, m.surface(), BigDecimal.ONE, end);
    }
  };

  /** After 成: words where 成 means "become" or "complete", not a tenth. */
  private static final String NOT_AFTER_TENTHS = "为员立交本果绩就都熟长功品型效分了全";
  /** After 元: words where 元 is not the yuan (二元结构, 一元化). */
  private static final String NOT_AFTER_YUAN = "化论首素件帅宵旦老气器结月音素";

  private final String id;

  AmountRule(String id) {
    this.id = id;
  }

  /** The stable rule id shown by {@code extract --explain}. */
  String id() {
    return id;
  }

  /** For prefix rules: the word before the number at {@code pos}, else null. */
  Prefix prefix(AmountTables tables, CharSequence s, int pos) {
    return null;
  }

  /** For suffix rules: the unit after numeral {@code n} at {@code pos}, else null. */
  Reading suffix(AmountTables tables, CharSequence s, Numeral n, int pos) {
    return null;
  }

  /** Whether a unit's condition holds for numeral {@code n} whose unit ends at {@code end}. */
  private static boolean applies(String cond, CharSequence s, Numeral n, int end) {
    if (cond.isEmpty()) return true;
    if (cond.equals(AmountTables.Unit.SCALED)) return n.scaled();
    if (cond.startsWith(AmountTables.Unit.BEFORE)) {
      return Lexicon.regionMatches(s, end, cond.substring(AmountTables.Unit.BEFORE.length()));
    }
    if (cond.startsWith(AmountTables.Unit.NEAR)) {
      String cue = cond.substring(AmountTables.Unit.NEAR.length());
      return s.subSequence(Math.max(0, n.start() - 6), n.start()).toString().contains(cue);
    }
    throw new IllegalStateException("unknown unit condition " + cond);
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * A word before the number: the amount's kind, unit, the factor on the number, its length, and
   * the characters one of which must follow the number (empty: none needed).
   */
  record Prefix(AmountRule rule, String kind, String unit, BigDecimal factor, int length, String closers) {}

  /** A unit after the number: value = number × factor + offset; the unit ends at {@code end}. */
  record Reading(AmountRule rule, String kind, String unit, BigDecimal factor, BigDecimal offset, int end) {
    Reading(AmountRule rule, String kind, String unit, BigDecimal factor, int end) {
      this(rule, kind, unit, factor, BigDecimal.ZERO, end);
    }
  }
}
