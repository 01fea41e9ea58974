package io.xinwen.index;

/** A half-open range [start, end) of an article's normalized text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
  }
}
