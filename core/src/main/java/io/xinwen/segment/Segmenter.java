package io.xinwen.segment;

import java.util.List;

/**
 * Splits text into tokens that cover it exactly: the token texts concatenated equal the input,
 * and each token starts where the previous one ended (whitespace and punctuation are tokens too).
 * Implementations are immutable and safe to share between threads.
 */
public interface Segmenter {
  /** The tokens of {@code text}, in order, covering it exactly. */
  List<Token> segment(CharSequence text);

  /**
   * Appends the tokens of {@code text[from, to)} to {@code out}, with offsets into {@code text}.
   * The default segments the sub-sequence and shifts the offsets.
   */
  default void segment(CharSequence text, int from, int to, List<Token> out) {
    for (Token t : segment(text.subSequence(from, to))) {
      out.add(new Token(t.text(), t.start() + from, t.end() + from, t.pos()));
    }
  }

  /**
   * Like {@link #segment(CharSequence, int, int, List)}, but the segmenter may read
   * {@code text[contextFrom, contextTo)} (which contains {@code [from, to)}) as context, e.g. the
   * protected spans around a gap; tokens are still only emitted for {@code [from, to)}. The default
   * ignores the context.
   */
  default void segment(CharSequence text, int from, int to, int contextFrom, int contextTo, List<Token> out) {
    segment(text, from, to, out);
  }
}
