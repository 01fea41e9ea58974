package io.xinwen.model;

/** Direct or indirect speech: the words (without outer marks), its speaker (null if unnamed), span, rule id. */
public record Quote(String kind, String text, Speaker speaker, int start, int end, String rule) {
  public static final String DIRECT = "direct";
  public static final String INDIRECT = "indirect";
}
