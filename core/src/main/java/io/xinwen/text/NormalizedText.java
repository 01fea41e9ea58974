package io.xinwen.text;

import java.util.Objects;

/** Cleaned article text (one paragraph per line) and the map from its offsets back to the raw input. */
public record NormalizedText(String text, OffsetMap offsets) {
  public NormalizedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offsets, "offsets");
  }
}
