package io.xinwen.extract.date;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.Extractor;
import io.xinwen.model.DateMention;
import java.util.List;

/** Finds absolute and relative dates in normalized text. Placeholder until its issue lands: finds nothing. */
public final class DateExtractor implements Extractor<DateMention> {
  @Override
  public List<DateMention> extract(ExtractionContext context) {
    return List.of();
  }
}
