package io.xinwen.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an extractor reads: the normalized article text (one paragraph per line) and the
 * article's reference date (null when unknown). Extractors never read the clock.
 */
public record ExtractionContext(String text, LocalDate referenceDate) {
  public ExtractionContext {
    Objects.requireNonNull(text, "text");
  }

  public static ExtractionContext of(String text, LocalDate referenceDate) {
    return new ExtractionContext(text, referenceDate);
  }
}
