package io.xinwen.model;

/** One occurrence of a fact in the normalized text: {@code text == article.text().substring(start, end)}. */
public record Mention(String text, int start, int end) {
  public Mention {
    if (text == null) throw new IllegalArgumentException("text must not be null");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
  }
}
