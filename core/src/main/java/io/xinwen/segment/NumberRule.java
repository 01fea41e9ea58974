package io.xinwen.segment;

/**
 * A number with its scale and unit as one token: 47.95亿元, 2.11万亿, 58.9%, 1,200, ３．４亿吨, 2024年.
 *
 * <p>Shape: ASCII or full-width digits, thousands groups ({@code ,} + exactly three digits), one
 * decimal part ({@code .} or {@code ．}); then either a percent/permille sign, or an optional
 * Chinese scale (万亿 亿 万 千) followed by an optional unit from {@code units.txt} (longest
 * match); 余/多 ("more than") is kept before a scale or unit (200余万元, 3亿多元), 余 also alone (3000余). It does not start right after an ASCII letter, digit or decimal point (A380, v2.0),
 * and leaves digits followed by a Latin letter (5G, 3D) to the segmenter.
 */
public final class NumberRule implements SpanRule {
  private static final String[] SCALES = {"万亿", "千亿", "百亿", "亿", "千万", "百万", "万", "千"};

  private final Gazetteer units;

  public NumberRule(Gazetteer units) {
    this.units = units;
  }

  @Override
  public String id() {
    return "span.number";
  }

  @Override
  public int match(CharSequence text, int start) {
    int n = text.length();
    if (!isDigit(text.charAt(start))) return -1;
    if (start > 0) {
      char p = text.charAt(start - 1);
      if (isDigit(p) || isAsciiLetter(p) || isPoint(p)) return -1;
    }
    int i = digits(text, start);
    while (i + 3 < n && text.charAt(i) == ',' && digits(text, i + 1) == i + 4) i += 4;
    if (i + 1 < n && isPoint(text.charAt(i)) && isDigit(text.charAt(i + 1))) i = digits(text, i + 1);
    if (i < n && isAsciiLetter(text.charAt(i))) return -1; // 5G, 3D: leave to the segmenter
    if (i < n && isPercent(text.charAt(i))) return i + 1;
    i = approximate(text, i);
    int scaled = scale(text, i);
    if (scaled > i) i = approximate(text, scaled);
    int u = units.longestMatch(text, i, n);
    if (u > 0) i = u;
    return i;
  }

  /** End of the scale (万亿, 亿, …) at {@code i}, or {@code i}. */
  private static int scale(CharSequence text, int i) {
    for (String scale : SCALES) {
      if (startsWith(text, i, scale)) return i + scale.length();
    }
    return i;
  }

  /** Takes 余/多 ("more than") at {@code i} when a scale or unit follows (200余万元, 3亿多元); 余 also on its own (3000余家). */
  private int approximate(CharSequence text, int i) {
    if (i >= text.length()) return i;
    char c = text.charAt(i);
    if (c != '余' && c != '多') return i;
    if (scale(text, i + 1) > i + 1 || units.longestMatch(text, i + 1, text.length()) > 0) return i + 1;
    return c == '余' ? i + 1 : i;
  }

  @Override
  public boolean mayStartWith(char c) {
    return isDigit(c);
  }

  @Override
  public String pos(CharSequence text, int start, int end) {
    char last = text.charAt(end - 1);
    return isDigit(last) || last == '余' || last == '多' ? Pos.NUMBER : Pos.NUMBER_WITH_UNIT;
  }

  private static int digits(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && isDigit(text.charAt(i))) i++;
    return i;
  }

  private static boolean startsWith(CharSequence text, int at, String s) {
    if (at + s.length() > text.length()) return false;
    for (int k = 0; k < s.length(); k++) if (text.charAt(at + k) != s.charAt(k)) return false;
    return true;
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
  }

  private static boolean isPoint(char c) {
    return c == '.' || c == '．';
  }

  private static boolean isPercent(char c) {
    return c == '%' || c == '％' || c == '‰';
  }
}
