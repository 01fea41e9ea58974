package io.xinwen.index;

import io.xinwen.text.SentenceBoundaries;
import java.util.Arrays;

/**
 * Sentence and paragraph bounds in normalized article text: sentences end where
 * {@link SentenceBoundaries} says (after 。！？!?； with closing quotes, or at a line end); a paragraph
 * is one line.
 */
public final class Sentences {
  private Sentences() {}

  /** Every sentence start offset in order, beginning with 0 and ending with {@code text.length()} ({@link SentenceBoundaries}). */
  public static int[] boundaries(String text) {
    return SentenceBoundaries.of(text, 0, text.length());
  }

  /** The sentence(s) covering [start, end), without surrounding whitespace. */
  public static Span sentence(String text, int start, int end) {
    return sentence(text, boundaries(text), start, end);
  }

  /** As {@link #sentence(String, int, int)} with the text's {@link #boundaries} computed once. */
  static Span sentence(String text, int[] b, int start, int end) {
    int i = Arrays.binarySearch(b, start);
    int before = i >= 0 ? i : -i - 2; // the last bound at or before start
    int j = Arrays.binarySearch(b, Math.max(end, start + 1));
    int after = j >= 0 ? j : -j - 1; // the first bound at or after end (and after start)
    int s = before >= 0 ? b[before] : 0;
    int e = after < b.length ? b[after] : text.length();
    return trim(text, s, e, start, end);
  }

  /** The paragraph (line) covering [start, end), without surrounding whitespace. */
  public static Span paragraph(String text, int start, int end) {
    int s = text.lastIndexOf('\n', start - 1) + 1;
    int e = text.indexOf('\n', end);
    return trim(text, s, e < 0 ? text.length() : e, start, end);
  }

  private static Span trim(String text, int s, int e, int start, int end) {
    while (e > end && Character.isWhitespace(text.charAt(e - 1))) e--;
    while (s < start && Character.isWhitespace(text.charAt(s))) s++;
    return new Span(s, e);
  }
}
