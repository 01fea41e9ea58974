package io.xinwen.segment;

import java.util.Objects;

/**
 * One segment of a text: its characters, its span {@code [start, end)} in the segmented text and a
 * part-of-speech tag (HanLP / PKU tag set, e.g. {@code n}, {@code v}, {@code nr}, {@code w}; see
 * {@link Pos} for the tags the gazetteer spans use).
 */
public record Token(String text, int start, int end, String pos) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit text '" + text + "'");
    }
  }

  /** Length in chars. */
  public int length() {
    return end - start;
  }

  /** True when the token holds a letter or a digit (a word for an index), false for spaces and punctuation. */
  public boolean isWord() {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) return true;
      i += Character.charCount(cp);
    }
    return false;
  }
}
