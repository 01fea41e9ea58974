package io.xinwen.text;

import java.util.Arrays;

/**
 * Where sentences end in normalized text: after 。！？!?； (with any closing quotes or brackets and
 * further terminators that follow) and at every line end. The segmenter cuts its input here, so a
 * sentence is segmented the same on its own as inside its article; fact sentences in the index use
 * the same bounds, which is what lets the index replay an article's tokens for each sentence.
 */
public final class SentenceBoundaries {
  private SentenceBoundaries() {}

  /** True for characters that end a sentence. */
  public static boolean isTerminator(char c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；';
  }

  private static boolean isCloser(char c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"' || c == '》';
  }

  /**
   * Every sentence start in {@code text[from, to)} in order, beginning with {@code from} and ending
   * with {@code to} (a single {@code from} when the range is empty).
   */
  public static int[] of(CharSequence text, int from, int to) {
    int[] out = new int[16];
    int n = 0;
    out[n++] = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int b;
      if (c == '\n') {
        b = i + 1;
      } else if (isTerminator(c)) {
        int j = i + 1;
        while (j < to && (isCloser(text.charAt(j)) || isTerminator(text.charAt(j)))) j++;
        b = j;
        i = j - 1;
      } else {
        continue;
      }
      if (out[n - 1] != b) {
        if (n == out.length) out = Arrays.copyOf(out, n * 2);
        out[n++] = b;
      }
    }
    if (out[n - 1] != to) {
      if (n == out.length) out = Arrays.copyOf(out, n + 1);
      out[n++] = to;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
