package io.xinwen.extract.country;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.Extractor;
import io.xinwen.model.CountryMention;
import java.util.List;

/** Finds country mentions (ISO 3166-1) in normalized text. Placeholder until its issue lands: finds nothing. */
public final class CountryExtractor implements Extractor<CountryMention> {
  @Override
  public List<CountryMention> extract(ExtractionContext context) {
    return List.of();
  }
}
