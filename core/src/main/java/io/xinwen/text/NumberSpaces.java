package io.xinwen.text;

/**
 * Removes stray spaces inside number and date expressions: {@code 2008 年} → {@code 2008年},
 * {@code 6月 10日}, {@code 近 400人}, {@code 8900 亿美元}, {@code 1 200亿元} → {@code 1200亿元}.
 * Spaces between Han words (names in bylines, two-part headings) stay; page-header and meta lines
 * are left as they are.
 */
final class NumberSpaces implements TextStep {
  @Override
  public NormalizedText apply(String text) {
    Edit e = new Edit(text);
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int end = text.indexOf('\n', pos);
      if (end < 0) end = n;
      String line = text.substring(pos, end);
      if (LineKinds.isPageHeader(line) || LineKinds.isMeta(line)) {
        e.copy(pos, end);
      } else {
        cleanLine(text, pos, end, e);
      }
      if (end < n) e.put('\n', end);
      pos = end + 1;
    }
    return e.result();
  }

  private static void cleanLine(String text, int from, int to, Edit e) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == ' ' && e.length() > 0) {
        int j = i;
        while (j < to && text.charAt(j) == ' ') j++;
        if (j < to && stray(text, i - 1, j, to)) {
          i = j;
          continue;
        }
        e.copy(i, j);
        i = j;
        continue;
      }
      e.put(c, i);
      i++;
    }
  }

  /** Whether the spaces between text[left] and text[right] sit inside a number expression. */
  private static boolean stray(String text, int left, int right, int lineEnd) {
    if (left < 0) return false;
    char a = text.charAt(left);
    char b = text.charAt(right);
    boolean da = isDigit(a);
    boolean db = isDigit(b);
    if (da && db) return thousandsGroup(text, right, lineEnd);
    if (da) return isHan(b) || b == '%' || b == '％';
    if (db) return isHan(a);
    return false;
  }

  private static boolean thousandsGroup(String text, int from, int to) {
    int k = from;
    while (k < to && isDigit(text.charAt(k))) k++;
    return k - from == 3;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
