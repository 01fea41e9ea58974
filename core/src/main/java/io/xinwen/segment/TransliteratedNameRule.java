package io.xinwen.segment;

/**
 * A transliterated name joined across middle dots, e.g. 萨比特·马尔德巴耶夫, 约翰·阿基耶库姆·库福尔:
 * runs of transliteration characters ({@code transliteration-chars.txt}) separated by {@code ·}
 * (or ・ • ‧ ･), also across an en/em dash inside the name (维乔雷克—措伊尔). The name starts at
 * the first transliteration char of its run (so 总统保罗·比亚 starts at 保, 部长安迪·普特拉 at 安 even
 * though 长安 is a word) and ends at the last one after the final dot, moved inwards while a
 * two-char dictionary word crosses the end (卡齐提交: 提交).
 */
public final class TransliteratedNameRule implements SpanRule {
  private static final int MAX_PART = 12;

  private final CharSet chars;
  private final Lexicon lexicon;

  public TransliteratedNameRule(CharSet chars, Lexicon lexicon) {
    this.chars = chars;
    this.lexicon = lexicon;
  }

  @Override
  public String id() {
    return "span.transliterated-name";
  }

  @Override
  public int match(CharSequence text, int start) {
    int n = text.length();
    if (!chars.contains(text.charAt(start))) return -1;
    int i = run(text, start);
    if (i - start > MAX_PART || i >= n || !isDot(text.charAt(i))) return -1;
    int end = -1;
    while (i < n && (isDot(text.charAt(i)) || (end > 0 && isDash(text.charAt(i))))) {
      int j = run(text, i + 1);
      if (j == i + 1 || j - i - 1 > MAX_PART) break;
      end = j;
      i = j;
    }
    if (end < 0) return -1;
    while (end < n && end - 1 > start && chars.contains(text.charAt(end - 1)) && !isDot(text.charAt(end - 2))
        && lexicon.contains(text, end - 1, end + 1)) {
      end--;
    }
    return end;
  }

  @Override
  public boolean mayStartWith(char c) {
    return chars.contains(c);
  }

  @Override
  public String pos(CharSequence text, int start, int end) {
    return Pos.TRANSLITERATED_NAME;
  }

  /** End of the run of transliteration chars from {@code from}, looking at most {@code MAX_PART + 1} chars. */
  private int run(CharSequence text, int from) {
    int limit = Math.min(text.length(), from + MAX_PART + 1);
    int i = from;
    while (i < limit && chars.contains(text.charAt(i))) i++;
    return i;
  }

  static boolean isDot(char c) {
    return c == '\u00B7' || c == '\u30FB' || c == '\u2022' || c == '\u2027' || c == '\uFF65';
  }

  private static boolean isDash(char c) {
    return c == '\u2014' || c == '\u2013' || c == '-';
  }
}
