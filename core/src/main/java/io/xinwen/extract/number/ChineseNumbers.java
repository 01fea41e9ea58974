package io.xinwen.extract.number;

import java.math.BigDecimal;

/**
 * Parses Arabic, Chinese and mixed numerals to exact values: {@code 47.95亿} → 4795000000,
 * {@code 2.11万亿}, {@code 1,200}, {@code 三千五百万}, {@code 两千}, {@code 二〇二五} (digit by digit),
 * {@code 零}, {@code 百亿}. Shared by the amount and date extractors; stateless.
 */
public final class ChineseNumbers {
  private ChineseNumbers() {}

  /** True for characters that can be part of a numeral this class parses. */
  public static boolean isNumeralChar(char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == ',' || digit(c) >= 0 || smallUnit(c) > 0 || c == '万' || c == '亿';
  }

  /** The value of a whole numeral, or throws {@link NumberFormatException} when it is not one. */
  public static BigDecimal parse(CharSequence numeral) {
    String s = numeral.toString().replace(",", "");
    if (s.isEmpty()) throw new NumberFormatException("empty numeral");
    BigDecimal total = BigDecimal.ZERO;
    // split on the big scale words 亿 and 万, highest first: X亿Y万Z
    int yi = s.lastIndexOf('亿');
    if (yi >= 0) {
      String head = s.substring(0, yi);
      BigDecimal h = head.isEmpty() ? BigDecimal.ONE : parse(head);
      total = total.add(h.multiply(BigDecimal.TEN.pow(8)));
      s = s.substring(yi + 1);
      if (s.isEmpty()) return strip(total);
      return strip(total.add(parseBelowYi(stripLeadingZero(s))));
    }
    return strip(parseBelowYi(s));
  }

  private static String stripLeadingZero(String s) {
    return s.startsWith("零") || s.startsWith("〇") ? s.substring(1) : s;
  }

  private static BigDecimal parseBelowYi(String s) {
    int wan = s.lastIndexOf('万');
    if (wan >= 0) {
      String head = s.substring(0, wan);
      BigDecimal h = head.isEmpty() ? BigDecimal.ONE : parseSmall(head);
      BigDecimal v = h.multiply(BigDecimal.valueOf(10_000));
      String tail = stripLeadingZero(s.substring(wan + 1));
      return tail.isEmpty() ? v : v.add(parseSmall(tail));
    }
    return parseSmall(s);
  }

  /** A numeral below 万: Arabic (with decimals), Chinese with 十百千, or digit-by-digit Chinese. */
  private static BigDecimal parseSmall(String s) {
    if (s.isEmpty()) throw new NumberFormatException("empty numeral");
    if (isArabic(s)) return new BigDecimal(s);
    if (s.chars().allMatch(c -> digit((char) c) >= 0) && s.length() > 1 && s.indexOf('两') < 0) {
      // 二〇二五: digit by digit
      StringBuilder b = new StringBuilder();
      for (char c : s.toCharArray()) b.append((char) ('0' + digit(c)));
      return new BigDecimal(b.toString());
    }
    // mixed Arabic head with Chinese unit, e.g. 3千, 1.5千
    long total = 0;
    BigDecimal decimalTotal = BigDecimal.ZERO;
    int pending = -1;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
        BigDecimal a = new BigDecimal(s.substring(i, j));
        if (j < s.length() && smallUnit(s.charAt(j)) > 0) {
          decimalTotal = decimalTotal.add(a.multiply(BigDecimal.valueOf(smallUnit(s.charAt(j)))));
          j++;
        } else {
          decimalTotal = decimalTotal.add(a);
        }
        i = j;
        continue;
      }
      int d = digit(c);
      int u = smallUnit(c);
      if (d >= 0) {
        pending = d;
      } else if (u > 0) {
        total += (long) (pending < 0 ? 1 : pending) * u;
        pending = -1;
      } else {
        throw new NumberFormatException("not a numeral: " + s);
      }
      i++;
    }
    if (pending >= 0) {
      // 一百五 = 150, 两千三 = 2300: a trailing digit after a unit takes the next lower unit
      char prev = s.length() >= 2 ? s.charAt(s.length() - 2) : 0;
      int pu = smallUnit(prev);
      total += pu >= 10 ? (long) pending * (pu / 10) : pending;
    }
    return decimalTotal.add(BigDecimal.valueOf(total));
  }

  private static boolean isArabic(String s) {
    boolean digit = false;
    int dots = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') digit = true;
      else if (c == '.') dots++;
      else return false;
    }
    return digit && dots <= 1 && s.charAt(0) != '.' && s.charAt(s.length() - 1) != '.';
  }

  /** 0–9 for a Chinese digit (零〇一二两三四五六七八九), else -1. */
  public static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  /** 10, 100, 1000 for 十, 百, 千, else 0. */
  public static int smallUnit(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      default -> 0;
    };
  }

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
