package io.xinwen.text;

import java.util.Arrays;

/**
 * Maps offsets in a transformed text back to the text it was made from, as sorted
 * {@code (offset, cumulativeDiff)} pairs corrected by binary search (the idea of Lucene's
 * {@code BaseCharFilter}); maps compose with {@link #andThen} into a chain back to the raw input.
 */
public final class OffsetMap {
  private static final OffsetMap IDENTITY = new OffsetMap(new int[0], new int[0], null);

  private final int[] offsets;
  private final int[] diffs;
  private final OffsetMap previous;

  private OffsetMap(int[] offsets, int[] diffs, OffsetMap previous) {
    this.offsets = offsets;
    this.diffs = diffs;
    this.previous = previous;
  }

  public static OffsetMap identity() {
    return IDENTITY;
  }

  /** Offset in this map's source text of the character at {@code offset} in its output text. */
  public int toSource(int offset) {
    int i = Arrays.binarySearch(offsets, offset);
    if (i < 0) i = -i - 2;
    return i < 0 ? offset : offset + diffs[i];
  }

  /** Offset in the original (raw) text, following the whole chain. */
  public int toRaw(int offset) {
    int o = toSource(offset);
    return previous == null ? o : previous.toRaw(o);
  }

  /** Raw start of a span starting at {@code start}. */
  public int rawStart(int start) {
    return toRaw(start);
  }

  /** Raw end (exclusive) of a span [start, end): one past the raw position of its last character. */
  public int rawEnd(int start, int end) {
    return end <= start ? toRaw(start) : toRaw(end - 1) + 1;
  }

  /** A map that first applies {@code next} (from a later step's output to this map's output), then this. */
  public OffsetMap andThen(OffsetMap next) {
    if (next.isIdentityLayer() && next.previous == null) return this;
    if (isIdentityLayer() && previous == null) return next;
    OffsetMap chain = next.previous == null ? this : this.andThen(next.previous);
    return new OffsetMap(next.offsets, next.diffs, chain);
  }

  private boolean isIdentityLayer() {
    return offsets.length == 0;
  }

  /** Records, output position by output position, where each output char came from. */
  public static final class Builder {
    private int[] offsets = new int[16];
    private int[] diffs = new int[16];
    private int size;
    private int lastDiff;

    /** Output char at {@code outOffset} came from source offset {@code sourceOffset}. */
    public void map(int outOffset, int sourceOffset) {
      int diff = sourceOffset - outOffset;
      if (diff == lastDiff) return;
      if (size > 0 && offsets[size - 1] == outOffset) {
        diffs[size - 1] = diff;
      } else {
        if (size == offsets.length) {
          offsets = Arrays.copyOf(offsets, size * 2);
          diffs = Arrays.copyOf(diffs, size * 2);
        }
        offsets[size] = outOffset;
        diffs[size] = diff;
        size++;
      }
      lastDiff = diff;
    }

    public OffsetMap build() {
      return new OffsetMap(Arrays.copyOf(offsets, size), Arrays.copyOf(diffs, size), null);
    }
  }
}
