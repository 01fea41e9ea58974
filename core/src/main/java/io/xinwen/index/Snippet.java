package io.xinwen.index;

import java.util.List;

/**
 * A passage of an article's text, [start, end) in {@code Article.text()}, with the matched
 * spans inside it (absolute offsets into the same text, so {@code text.substring(h.start() - start, h.end() - start)}
 * is the matched text).
 */
public record Snippet(int start, int end, String text, List<Span> highlights) {
  public Snippet {
    highlights = List.copyOf(highlights);
    if (text.length() != end - start) throw new IllegalArgumentException("snippet text does not match [" + start + "," + end + ")");
  }

  /** The passage with each highlight wrapped in {@code open} … {@code close}. */
  public String marked(String open, String close) {
    StringBuilder sb = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
    int at = start;
    for (Span h : highlights) {
      if (h.start() < at) continue;
      sb.append(text, at - start, h.start() - start).append(open).append(text, h.start() - start, h.end() - start).append(close);
      at = h.end();
    }
    return sb.append(text, at - start, text.length()).toString();
  }
}
