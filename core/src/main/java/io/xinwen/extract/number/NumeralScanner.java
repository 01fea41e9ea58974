package io.xinwen.extract.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.IntPredicate;

/**
 * Reads the longest numeral starting at a position: Arabic ({@code 1,200}, {@code 47.95}), Chinese
 * ({@code 三千五百万}, {@code 三点五}), mixed ({@code 2.11万亿}, {@code 两个亿}), with inner 多/余
 * ({@code 20多万}, {@code 110多}) and vague ranges ({@code 三四十}, {@code 十几}, {@code 数十},
 * {@code 几百}). Stateless; values come from {@link ChineseNumbers#parse}.
 */
public final class NumeralScanner {
  private NumeralScanner() {}

  /** The numeral starting exactly at {@code from}, or null when none starts there. */
  public static Numeral scan(CharSequence s, int from) {
    return scan(s, from, i -> false);
  }

  /**
   * The numeral starting exactly at {@code from}, or null. {@code unitStartsAt} tells where a unit
   * begins with 十/百/千 (千米, 千瓦), so {@code 12千米} reads 12 and {@code 300万千瓦} reads 300万.
   */
  public static Numeral scan(CharSequence s, int from, IntPredicate unitStartsAt) {
    int n = s.length();
    int i = from;
    boolean negative = false;
    if (i + 1 < n && (s.charAt(i) == '-' || s.charAt(i) == '负') && isAscii(s.charAt(i + 1))) {
      negative = true;
      i++;
    } else if (i + 2 < n && s.charAt(i) == '零' && s.charAt(i + 1) == '下' && isAscii(s.charAt(i + 2))) { // 零下20
      negative = true;
      i += 2;
    }
    StringBuilder lo = new StringBuilder();
    StringBuilder hi = new StringBuilder();
    boolean range = false;
    boolean over = false;
    boolean arabic = false;
    boolean anyArabic = false;
    if (i < n && isAscii(s.charAt(i))) {
      int j = i;
      while (j < n) {
        char c = s.charAt(j);
        if (isAscii(c)) j++;
        else if (c == ',' && threeDigitGroup(s, j + 1)) j++;
        else break;
      }
      if (j + 1 < n && s.charAt(j) == '.' && isAscii(s.charAt(j + 1))) {
        j++;
        while (j < n && isAscii(s.charAt(j))) j++;
      }
      String a = s.subSequence(i, j).toString().replace(",", "");
      lo.append(a);
      hi.append(a);
      arabic = true;
      anyArabic = true;
      i = j;
    }
    while (i < n) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      int d = ChineseNumbers.digit(c);
      if (d >= 0) {
        if (arabic) break;
        if (!range && rangePairAt(lo, d) && ChineseNumbers.digit(next) < 0) {
          hi.setCharAt(hi.length() - 1, c); // 三四十: the low end keeps 三, the high end takes 四
          range = true;
          i++;
          continue;
        }
        lo.append(c);
        hi.append(c);
        i++;
        continue;
      }
      if (ChineseNumbers.smallUnit(c) > 0) {
        if (unitStartsAt.test(i)) break;
        lo.append(c);
        hi.append(c);
        i++;
        continue;
      }
      if (c == '万' || c == '亿') {
        lo.append(c);
        hi.append(c);
        i++;
        continue;
      }
      if ((c == '几' || c == '数') && !range && !arabic) {
        if (c == '几' && endsWith(lo, '十')) { // 十几 = 11..19
          lo.append('一');
          hi.append('九');
          range = true;
          i++;
          continue;
        }
        if (lo.length() == 0 && isScale(next)) { // 几十, 数百, 数万 = 20..90, 200..900, 2万..9万
          lo.append('二');
          hi.append('九');
          range = true;
          i++;
          continue;
        }
        break;
      }
      if ((c == '多' || c == '余') && lo.length() > 0 && !over) {
        over = true;
        i++;
        if (isScale(next)) continue; // 20多万, 二百余万
        break; // 110多平方公里: the numeral ends after 多
      }
      if (c == '个' && lo.length() > 0 && (next == '亿' || next == '万')) { // 两个亿
        i++;
        continue;
      }
      if (c == '点' && !arabic && lo.length() > 0 && !range && ChineseNumbers.digit(next) >= 0 && next != '两') {
        BigDecimal whole = parseOrNull(lo);
        if (whole == null) break;
        StringBuilder dec = new StringBuilder(whole.toPlainString()).append('.');
        int j = i + 1;
        while (j < n && ChineseNumbers.digit(s.charAt(j)) >= 0 && s.charAt(j) != '两') {
          dec.append((char) ('0' + ChineseNumbers.digit(s.charAt(j))));
          j++;
        }
        lo.setLength(0);
        lo.append(dec);
        hi.setLength(0);
        hi.append(dec);
        arabic = true;
        i = j;
        continue;
      }
      break;
    }
    if (lo.length() == 0) return null;
    if (!range && i + 2 < n && s.charAt(i) == '分' && s.charAt(i + 1) == '之') { // 四分之一 = 1/4
      BigDecimal denominator = parseOrNull(lo);
      Numeral numerator = scan(s, i + 2, unitStartsAt);
      if (denominator == null || denominator.signum() <= 0 || numerator == null || numerator.isRange()) return null;
      BigDecimal v = numerator.low().divide(denominator, MathContext.DECIMAL64).stripTrailingZeros();
      return new Numeral(from, numerator.end(), negative ? v.negate() : v, null, false, BigDecimal.ONE, !anyArabic && numerator.chinese());
    }
    BigDecimal low = parseOrNull(lo);
    BigDecimal high = range ? parseOrNull(hi) : null;
    if (low == null || (range && (high == null || high.compareTo(low) <= 0))) return null;
    if (negative) {
      low = low.negate();
      high = high == null ? null : high.negate();
    }
    return new Numeral(from, i, low, high, over, trailingScale(lo, anyArabic), !anyArabic);
  }

  /** True when a Chinese digit d right after lo's last digit d-1 makes a 三四 style pair. */
  private static boolean rangePairAt(StringBuilder lo, int d) {
    int len = lo.length();
    if (len == 0 || d < 2) return false;
    int prev = ChineseNumbers.digit(lo.charAt(len - 1));
    if (prev != d - 1) return false;
    // only at the start or after a unit (十二三 = 12..13), never inside digit-by-digit 二〇二三
    return len == 1 || ChineseNumbers.smallUnit(lo.charAt(len - 2)) > 0 || lo.charAt(len - 2) == '万' || lo.charAt(len - 2) == '亿';
  }

  /** The scale of the trailing scale words: 5亿 → 10^8, 3千万 → 10^7, 二十万 → 10^4, else 1. */
  private static BigDecimal trailingScale(StringBuilder lo, boolean arabic) {
    int k = lo.length();
    if (arabic) {
      while (k > 0 && !isAscii(lo.charAt(k - 1))) k--;
    } else {
      while (k > 0 && (lo.charAt(k - 1) == '万' || lo.charAt(k - 1) == '亿')) k--;
    }
    if (k == lo.length() || k == 0) return BigDecimal.ONE;
    BigDecimal v = parseOrNull("1" + lo.substring(k));
    return v == null ? BigDecimal.ONE : v;
  }

  private static BigDecimal parseOrNull(CharSequence numeral) {
    try {
      return ChineseNumbers.parse(numeral);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  private static boolean endsWith(StringBuilder b, char c) {
    return b.length() > 0 && b.charAt(b.length() - 1) == c;
  }

  private static boolean isScale(char c) {
    return ChineseNumbers.smallUnit(c) > 0 || c == '万' || c == '亿';
  }

  private static boolean isAscii(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean threeDigitGroup(CharSequence s, int at) {
    if (at + 3 > s.length()) return false;
    for (int k = at; k < at + 3; k++) if (!isAscii(s.charAt(k))) return false;
    return at + 3 == s.length() || !isAscii(s.charAt(at + 3));
  }
}
