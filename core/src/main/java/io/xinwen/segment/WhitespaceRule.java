package io.xinwen.segment;

/** A run of whitespace (incl. CR/LF and the ideographic space) is one token, so no segmenter sees line breaks. */
public final class WhitespaceRule implements SpanRule {
  @Override
  public String id() {
    return "span.whitespace";
  }

  @Override
  public int match(CharSequence text, int start) {
    int i = start;
    while (i < text.length() && isSpace(text.charAt(i))) i++;
    return i > start ? i : -1;
  }

  @Override
  public boolean mayStartWith(char c) {
    return isSpace(c);
  }

  @Override
  public String pos(CharSequence text, int start, int end) {
    return Pos.PUNCTUATION;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
