package io.xinwen.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table aligned by display width (CJK and full-width characters take two columns). */
final class TextTable {
  private final List<String> header;
  private final List<Integer> maxWidths;
  private final List<List<String>> rows = new ArrayList<>();

  /** {@code maxWidths}: per column, the display width after which a cell is cut with …; 0 = no limit. */
  TextTable(List<String> header, List<Integer> maxWidths) {
    this.header = List.copyOf(header);
    this.maxWidths = List.copyOf(maxWidths);
  }

  void row(List<String> cells) {
    List<String> r = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String c = i < cells.size() && cells.get(i) != null ? cells.get(i).replace('\n', ' ') : "";
      r.add(cut(c, maxWidths.get(i)));
    }
    rows.add(r);
  }

  /** Prints the header and rows, leaving out columns that are empty in every row. */
  void print(PrintStream out, String indent) {
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      int col = i;
      if (rows.isEmpty() || rows.stream().anyMatch(r -> !r.get(col).isEmpty())) shown.add(i);
    }
    int[] w = new int[shown.size()];
    for (int j = 0; j < w.length; j++) {
      w[j] = width(header.get(shown.get(j)));
      for (List<String> r : rows) w[j] = Math.max(w[j], width(r.get(shown.get(j))));
    }
    line(out, indent, pick(header, shown), w);
    for (List<String> r : rows) line(out, indent, pick(r, shown), w);
  }

  private static List<String> pick(List<String> cells, List<Integer> columns) {
    return columns.stream().map(cells::get).toList();
  }

  private static void line(PrintStream out, String indent, List<String> cells, int[] w) {
    StringBuilder sb = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      sb.append(cells.get(i));
      if (i < cells.size() - 1) sb.append(" ".repeat(w[i] - width(cells.get(i)) + 2));
    }
    out.println(sb.toString().stripTrailing());
  }

  static String cut(String s, int max) {
    if (max <= 0 || width(s) <= max) return s;
    StringBuilder sb = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = width(cp);
      if (w + cw > max - 1) break;
      sb.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return sb.append('…').toString();
  }

  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  private static int width(int cp) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD)
        || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019);
    return wide ? 2 : 1;
  }
}
