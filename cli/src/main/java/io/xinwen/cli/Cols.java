package io.xinwen.cli;

/** Pads text to a terminal column width, counting CJK and full-width characters as two columns. */
final class Cols {
  private Cols() {}

  static String pad(String s, int width) {
    String t = s == null ? "" : s;
    int w = width(t);
    return w >= width ? t : t + " ".repeat(width - w);
  }

  /** Cuts {@code s} to at most {@code width} columns, marking the cut with …. */
  static String cut(String s, int width) {
    if (s == null) return "";
    if (width(s) <= width) return s;
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = wide(cp) ? 2 : 1;
      if (w + cw > width - 1) break;
      b.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }

  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) || cp == 0x201C || cp == 0x201D;
  }
}
