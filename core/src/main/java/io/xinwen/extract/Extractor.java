package io.xinwen.extract;

import java.util.List;

/**
 * Finds facts of one type in normalized text. Offsets of the returned records are indices into
 * {@link ExtractionContext#text()}. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface Extractor<T> {
  List<T> extract(ExtractionContext context);
}
