package io.xinwen.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/** A {@link BreakIterator} over {@link Sentences#boundaries}: breaks after 。！？； (and closing quotes) and at line ends. */
final class SentenceBreakIterator extends BreakIterator {
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] bounds = {0};
  private int current;

  @Override
  public int first() {
    current = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    current = bounds.length - 1;
    return bounds[current];
  }

  @Override
  public int next(int n) {
    int r = current();
    for (int i = 0; i < Math.abs(n) && r != DONE; i++) r = n > 0 ? next() : previous();
    return r;
  }

  @Override
  public int next() {
    if (current >= bounds.length - 1) return DONE;
    return bounds[++current];
  }

  @Override
  public int previous() {
    if (current == 0) return DONE;
    return bounds[--current];
  }

  @Override
  public int following(int offset) {
    int i = firstAbove(offset);
    if (i == bounds.length) {
      current = bounds.length - 1;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  @Override
  public int preceding(int offset) {
    int i = firstAbove(offset - 1) - 1; // the last bound < offset
    if (i < 0) {
      current = 0;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  /** Index of the first bound greater than {@code offset}, or {@code bounds.length}. */
  private int firstAbove(int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  @Override
  public int current() {
    return bounds[current];
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public void setText(CharacterIterator it) {
    text = it;
    int begin = it.getBeginIndex();
    StringBuilder sb = new StringBuilder(it.getEndIndex() - begin);
    for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) sb.append(c);
    int[] b = Sentences.boundaries(sb.toString());
    for (int i = 0; i < b.length; i++) b[i] += begin;
    bounds = b;
    current = 0;
  }
}
