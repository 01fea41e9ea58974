package io.xinwen.segment;

import java.util.Collection;

/** Supplies the names a gazetteer protects (country names, organisations, …). */
@FunctionalInterface
public interface NameSource {
  /** The names, in any order; blank entries are ignored. */
  Collection<String> names();
}
