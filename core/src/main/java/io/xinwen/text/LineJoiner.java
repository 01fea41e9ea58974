package io.xinwen.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds paragraphs, one per output line: joins lines broken by newspaper columns (also across
 * blank lines where the sentence clearly continues), never across a real paragraph end, a
 * heading, a caption credit, a byline or a dateline; drops indents and trailing spaces.
 */
final class LineJoiner implements TextStep {
  /** Lines of a column have nearly the same width; this is how near (in Han-character units). */
  private static final double COLUMN_TOLERANCE = 2.0;
  private static final double MAX_COLUMN_WIDTH = 32;
  private static final double MIN_COLUMN_WIDTH = 6;

  /** A non-blank line with its classification computed once. */
  private record Line(int start, int end, String text, boolean indented, boolean structural, boolean ends,
      boolean headingLike, double width) {
    static Line of(int start, int end, String text, boolean indented) {
      boolean structural = LineKinds.isStructural(text);
      return new Line(start, end, text, indented, structural, LineKinds.endsSentence(text),
          !structural && LineKinds.isHeadingLike(text), LineKinds.width(text));
    }
  }

  @Override
  public NormalizedText apply(String text) {
    List<List<Line>> blocks = blocks(text);
    Edit e = new Edit(text);
    Line previous = null;
    List<Line> previousBlock = null;
    for (List<Line> block : blocks) {
      boolean column = isColumn(block);
      double columnWidth = block.size() >= 2 ? columnWidth(block) : 0;
      for (int i = 0; i < block.size(); i++) {
        Line line = block.get(i);
        if (previous != null) {
          boolean join = i == 0
              ? joinAcrossBlank(previousBlock, block)
              : joinInBlock(previous, line, column, columnWidth);
          if (join) {
            if (needsSpace(previous, line, text)) e.put(' ', previous.end());
          } else {
            e.put('\n', previous.end());
          }
        }
        e.copy(line.start(), line.end());
        previous = line;
      }
      previousBlock = block;
    }
    return e.result();
  }

  private static boolean joinInBlock(Line prev, Line next, boolean column, double columnWidth) {
    if (next.indented() || prev.structural() || next.structural()) return false;
    boolean ends = prev.ends();
    if (column) {
      // a sentence end on a short line is the last line of a paragraph
      return !ends || prev.width() >= columnWidth - COLUMN_TOLERANCE / 2;
    }
    if (ends) return false;
    // outside columns: a short line without clause punctuation is a title or heading
    return !prev.headingLike();
  }

  private static boolean joinAcrossBlank(List<Line> before, List<Line> after) {
    Line last = before.get(before.size() - 1);
    Line first = after.get(0);
    if (first.indented() || last.ends() || last.structural() || first.structural()) return false;
    if (before.size() == 1 && last.headingLike()) return false;
    if (after.size() == 1 && first.headingLike()) return false;
    return true;
  }

  private static boolean needsSpace(Line prev, Line next, String text) {
    char a = text.charAt(prev.end() - 1);
    char b = text.charAt(next.start());
    return isLatin(a) && isLatin(b);
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * A block whose lines (all but its last) mostly share the column's width — the typical width of
   * its wider lines — is newspaper column text; a few short lines (a number, a quote's end) do not
   * change that.
   */
  private static boolean isColumn(List<Line> block) {
    if (block.size() < 3) return block.size() == 2 && isColumnPair(block);
    double column = columnWidth(block);
    if (column > MAX_COLUMN_WIDTH) return false;
    int near = 0;
    for (int i = 0; i < block.size() - 1; i++) {
      if (Math.abs(block.get(i).width() - column) <= COLUMN_TOLERANCE) near++;
    }
    return near >= 2 && near >= 0.5 * (block.size() - 1);
  }

  /** The median width of the wider half of the block's lines (all but the last). */
  private static double columnWidth(List<Line> block) {
    int n = block.size() - 1;
    double[] w = new double[n];
    for (int i = 0; i < n; i++) w[i] = block.get(i).width();
    Arrays.sort(w);
    return w[(n / 2 + n - 1) / 2];
  }

  /** Two lines, the first not ending a sentence and the second no wider: a paragraph's last column break. */
  private static boolean isColumnPair(List<Line> block) {
    Line first = block.get(0);
    double w1 = first.width();
    double w2 = block.get(1).width();
    return !first.ends() && w1 >= MIN_COLUMN_WIDTH && w1 <= MAX_COLUMN_WIDTH
        && w2 <= w1 + COLUMN_TOLERANCE;
  }

  /** Non-blank lines grouped into blocks separated by blank lines; indents and trailing spaces cut. */
  private static List<List<Line>> blocks(String text) {
    List<List<Line>> blocks = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    int pos = 0;
    int n = text.length();
    while (pos <= n) {
      int end = text.indexOf('\n', pos);
      if (end < 0) end = n;
      int s = pos;
      while (s < end && Character.isWhitespace(text.charAt(s))) s++;
      int t = end;
      while (t > s && Character.isWhitespace(text.charAt(t - 1))) t--;
      if (s == t) {
        if (!current.isEmpty()) {
          blocks.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(Line.of(s, t, text.substring(s, t), s - pos >= 2));
      }
      pos = end + 1;
    }
    if (!current.isEmpty()) blocks.add(current);
    return blocks;
  }
}
