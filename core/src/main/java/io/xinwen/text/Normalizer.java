package io.xinwen.text;

/** Cleans raw article text. Placeholder: identity until the normalizer steps land. */
public final class Normalizer {
  public NormalizedText normalize(String raw) {
    return new NormalizedText(raw, OffsetMap.identity());
  }
}
