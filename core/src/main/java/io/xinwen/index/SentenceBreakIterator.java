package io.xinwen.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

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
    for (int i = 0; i < bounds.length; i++) {
      if (bounds[i] > offset) {
        current = i;
        return bounds[i];
      }
    }
    current = bounds.length - 1;
    return DONE;
  }

  @Override
  public int preceding(int offset) {
    for (int i = bounds.length - 1; i >= 0; i--) {
      if (bounds[i] < offset) {
        current = i;
        return bounds[i];
      }
    }
    current = 0;
    return DONE;
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
