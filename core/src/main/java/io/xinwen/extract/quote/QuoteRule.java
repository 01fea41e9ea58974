package io.xinwen.extract.quote;

import io.xinwen.model.Quote;

/** The quote patterns, in the order the extractor tries them; each names its stable rule id. */
public enum QuoteRule {
  /** {@code “……，”他说，“……。”}: two quoted parts around one attribution, one quote. */
  SPLIT("quote.direct.split", Quote.DIRECT),
  /** {@code “……”他说。}: a direct quote attributed to a pronoun after it. */
  DIRECT_PRONOUN("quote.direct.pronoun", Quote.DIRECT),
  /** {@code “……”某某说。}: the speaker and a speech verb right after the quote. */
  SPEAKER_AFTER("quote.direct.speaker-after", Quote.DIRECT),
  /** {@code “……”习近平主席在……上的讲话掷地有声}: a speech noun after the quote names the speaker. */
  SPEECH_NOUN("quote.direct.speech-noun", Quote.DIRECT),
  /** {@code 某某说：“……”}: speaker and speech verb before a colon (or comma) and the quote. */
  COLON("quote.direct.colon", Quote.DIRECT),
  /** {@code 据某某介绍，……}: reported speech introduced by 据. */
  ACCORDING_TO("quote.indirect.according-to", Quote.INDIRECT),
  /** {@code 他表示，……}: reported speech of a pronoun, resolved to the last named speaker. */
  INDIRECT_PRONOUN("quote.indirect.pronoun", Quote.INDIRECT),
  /** {@code 某某表示，……}: reported speech after a speech verb, to the end of the speech. */
  INDIRECT("quote.indirect.verb", Quote.INDIRECT);

  private final String id;
  private final String kind;

  QuoteRule(String id, String kind) {
    this.id = id;
    this.kind = kind;
  }

  /** The stable rule id shown by {@code extract --explain}. */
  public String id() {
    return id;
  }

  /** {@link Quote#DIRECT} or {@link Quote#INDIRECT}. */
  public String kind() {
    return kind;
  }
}
