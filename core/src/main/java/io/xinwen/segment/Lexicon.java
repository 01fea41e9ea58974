package io.xinwen.segment;

/** A dictionary of known words, asked whether a stretch of text is one of them. */
@FunctionalInterface
public interface Lexicon {
  /** True when {@code text[from, to)} is a known word. */
  boolean contains(CharSequence text, int from, int to);

  /** A lexicon that knows no words. */
  static Lexicon empty() {
    return (text, from, to) -> false;
  }
}
