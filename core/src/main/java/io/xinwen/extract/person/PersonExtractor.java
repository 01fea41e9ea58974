package io.xinwen.extract.person;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.Extractor;
import io.xinwen.model.PersonMention;
import java.util.List;

/** Finds person names in normalized text. Placeholder until its issue lands: finds nothing. */
public final class PersonExtractor implements Extractor<PersonMention> {
  @Override
  public List<PersonMention> extract(ExtractionContext context) {
    return List.of();
  }
}
