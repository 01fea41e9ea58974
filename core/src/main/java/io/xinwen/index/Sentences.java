package io.xinwen.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence and paragraph bounds in normalized article text: a sentence ends after 。！？!?； (with any
 * closing quotes or brackets that follow) or at a line end; a paragraph is one line.
 */
public final class Sentences {
  private Sentences() {}

  /** True for characters that end a sentence. */
  static boolean isTerminator(char c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；';
  }

  private static boolean isCloser(char c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"' || c == '》';
  }

  /** Every sentence start offset in order, beginning with 0 and ending with {@code text.length()}. */
  public static int[] boundaries(String text) {
    List<Integer> out = new ArrayList<>();
    out.add(0);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(out, i + 1);
      } else if (isTerminator(c)) {
        int j = i + 1;
        while (j < n && (isCloser(text.charAt(j)) || isTerminator(text.charAt(j)))) j++;
        add(out, j);
        i = j - 1;
      }
    }
    add(out, n);
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void add(List<Integer> out, int b) {
    if (out.get(out.size() - 1) != b) out.add(b);
  }

  /** The sentence(s) covering [start, end), without surrounding whitespace. */
  public static Span sentence(String text, int start, int end) {
    return sentence(text, boundaries(text), start, end);
  }

  /** As {@link #sentence(String, int, int)} with the text's {@link #boundaries} computed once. */
  static Span sentence(String text, int[] b, int start, int end) {
    int s = 0;
    int e = text.length();
    for (int x : b) {
      if (x <= start) s = x;
      if (x >= end && x > start) {
        e = x;
        break;
      }
    }
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
