package io.xinwen.segment;

/**
 * Longest gazetteer name (country, organisation) starting here, unless it is short (at most
 * {@value #GUARDED_LENGTH} chars) and a two-char dictionary word crosses either edge of it: in
 * 发展中国家 the word 国家 crosses the end of 中国, so 中国 is not protected there and the
 * statistical segmenter decides. Longer names (上海合作组织成员国: 织成) are not ambiguous that way.
 */
public final class GazetteerRule implements SpanRule {
  static final int GUARDED_LENGTH = 3;

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;

  public GazetteerRule(Gazetteer gazetteer, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  @Override
  public String id() {
    return "span.gazetteer";
  }

  @Override
  public int match(CharSequence text, int start) {
    int end = gazetteer.longestMatch(text, start, text.length());
    if (end < 0) return -1;
    if (end - start > GUARDED_LENGTH) return end;
    if (start > 0 && lexicon.contains(text, start - 1, start + 1)) return -1;
    if (end < text.length() && lexicon.contains(text, end - 1, end + 1)) return -1;
    return end;
  }

  @Override
  public boolean mayStartWith(char c) {
    return gazetteer.mayStartWith(c);
  }

  @Override
  public String pos(CharSequence text, int start, int end) {
    return gazetteer.posOf(text, start, end);
  }
}
