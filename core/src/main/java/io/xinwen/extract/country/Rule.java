package io.xinwen.extract.country;

import java.util.List;

/** One named step of {@link CountryExtractor}: reads and extends a {@link Scan}. Stateless. */
interface Rule {
  /** The rule ids this step puts on the mentions it finds. */
  List<String> ids();

  void apply(Scan scan);
}
