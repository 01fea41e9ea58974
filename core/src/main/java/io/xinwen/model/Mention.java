package io.xinwen.model;

/**
 * One occurrence of a fact in the normalized text ({@code text == article.text().substring(start,
 * end)}) and the id of the rule that found it.
 */
public record Mention(String text, int start, int end, String rule) {
  public Mention {
    if (text == null) throw new IllegalArgumentException("text must not be null");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
  }
}
