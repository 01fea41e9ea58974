package io.xinwen.segment;

/** Part-of-speech tags given to protected spans (the PKU / HanLP tag names they correspond to). */
public final class Pos {
  private Pos() {}

  /** Place name: countries. */
  public static final String PLACE = "ns";
  /** Abbreviation, e.g. 哈方 (the Kazakh side). */
  public static final String ABBREVIATION = "j";
  /** Organisation name. */
  public static final String ORGANIZATION = "nt";
  /** Transliterated (foreign) personal name, e.g. 萨比特·马尔德巴耶夫. */
  public static final String TRANSLITERATED_NAME = "nrf";
  /** A number with scale, unit or percent sign, e.g. 47.95亿元, 2.11万亿, 58.9%. */
  public static final String NUMBER_WITH_UNIT = "mq";
  /** A bare number, e.g. 1,200, 3.5, 3000余. */
  public static final String NUMBER = "m";
  /** Whitespace or punctuation. */
  public static final String PUNCTUATION = "w";
  /** Characters no segmenter could tag. */
  public static final String UNKNOWN = "x";
}
