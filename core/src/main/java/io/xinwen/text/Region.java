package io.xinwen.text;

/** A half-open range [start, end) of the normalized text. */
public record Region(int start, int end) {
  public Region {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad region [" + start + "," + end + ")");
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
