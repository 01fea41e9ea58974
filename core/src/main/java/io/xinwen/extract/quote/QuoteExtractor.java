package io.xinwen.extract.quote;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.Extractor;
import io.xinwen.model.Quote;
import java.util.List;

/** Finds direct and indirect quotes in normalized text. Placeholder until its issue lands: finds nothing. */
public final class QuoteExtractor implements Extractor<Quote> {
  @Override
  public List<Quote> extract(ExtractionContext context) {
    return List.of();
  }
}
