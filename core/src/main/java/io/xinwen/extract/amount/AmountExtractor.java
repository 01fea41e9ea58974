package io.xinwen.extract.amount;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.Extractor;
import io.xinwen.model.Amount;
import java.util.List;

/** Finds money, percentages and quantities in normalized text. Placeholder until its issue lands: finds nothing. */
public final class AmountExtractor implements Extractor<Amount> {
  @Override
  public List<Amount> extract(ExtractionContext context) {
    return List.of();
  }
}
