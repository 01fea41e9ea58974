package io.xinwen.segment;

import io.xinwen.extract.country.CountryGazetteer;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Country names and aliases (哈萨克斯坦, 阿联酋, 波黑 …) and capitals (塔什干, 比什凯克 …) of the
 * country extractor's {@link CountryGazetteer}, so the segmenter and the extractor agree on them.
 * One-char forms (俄) are left out: a one-char span protects nothing.
 */
public final class CountryGazetteerNames implements NameSource {
  private final CountryGazetteer gazetteer;

  public CountryGazetteerNames(CountryGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Collection<String> names() {
    Set<String> names = new TreeSet<>(gazetteer.names().keySet());
    for (CountryGazetteer.Entry e : gazetteer.entries()) {
      if (e.capital() != null && !e.capital().isBlank()) names.add(e.capital());
    }
    names.removeIf(n -> n.length() < 2);
    return names;
  }
}
