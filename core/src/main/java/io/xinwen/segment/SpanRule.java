package io.xinwen.segment;

/**
 * One kind of protected span: a stretch of text that must come out as a single token, found
 * before the statistical segmenter runs (which then only sees the gaps between spans).
 */
public interface SpanRule {
  /** Stable rule id, e.g. {@code span.number}. */
  String id();

  /**
   * End (exclusive) of the span this rule protects starting exactly at {@code start}, or -1.
   * {@code text[0, start)} may be read as left context, {@code text[start, text.length())} as the span and right context.
   */
  int match(CharSequence text, int start);

  /** False when no span of this rule can start with {@code c} (lets the scanner skip most chars cheaply). */
  boolean mayStartWith(char c);

  /** Part-of-speech tag of the span {@code text[start, end)} this rule matched. */
  String pos(CharSequence text, int start, int end);
}
