package io.xinwen.text;

/**
 * Folds full-width digits, Latin letters and ％ to ASCII, the full-width ．/，between digits to
 * {@code .}/{@code ,}, in-line ideographic and no-break spaces to ASCII spaces, and the name
 * separators •, ・, ‧ between Han characters to {@code ·}. Chinese punctuation is kept as it is.
 * One char in, one char out.
 */
final class WidthFolder implements TextStep {
  @Override
  public NormalizedText apply(String text) {
    char[] out = text.toCharArray();
    boolean changed = false;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      char f = fold(text, i, c);
      if (f != c) {
        out[i] = f;
        changed = true;
      }
    }
    // one-to-one: offsets do not move
    return new NormalizedText(changed ? new String(out) : text, OffsetMap.identity());
  }

  private static char fold(String text, int i, char c) {
    if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) return (char) (c - 0xFEE0);
    switch (c) {
      case '％':
        return '%';
      case '＋':
        return '+';
      case '－':
        return isDigit(prev(text, i)) && isDigit(next(text, i)) ? '-' : c;
      case '．':
        return isDigit(prev(text, i)) && isDigit(next(text, i)) ? '.' : c;
      case '，':
        return isDigit(prev(text, i)) && isThousandsGroup(text, i + 1) ? ',' : c;
      case '\u00A0':
        return ' ';
      case '\u3000':
        return ' ';
      case '•':
      case '・':
      case '‧':
      case '∙':
        return isHan(prev(text, i)) && isHan(next(text, i)) ? '·' : c;
      default:
        return c;
    }
  }

  private static boolean isThousandsGroup(String text, int from) {
    for (int k = 0; k < 3; k++) {
      if (!isDigit(at(text, from + k))) return false;
    }
    return !isDigit(at(text, from + 3));
  }

  private static char at(String text, int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : 0;
  }

  private static char prev(String text, int i) {
    return at(text, i - 1);
  }

  private static char next(String text, int i) {
    return at(text, i + 1);
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  static boolean isHan(char c) {
    return c != 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
