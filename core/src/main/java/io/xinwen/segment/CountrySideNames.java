package io.xinwen.segment;

import io.xinwen.extract.country.CountryGazetteer;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * "X side" words, a country abbreviation of the {@link CountryGazetteer} + 方: 哈方, 吉方, 乌方, 美方.
 * Protected so HanLP's name recognition cannot glue them to the next char (哈方愿 → 哈 方愿/nr). The
 * gazetteer rule's dictionary guard keeps 更加方便, 以方便, 新方案, 参加方 out.
 */
public final class CountrySideNames implements NameSource {
  private final CountryGazetteer gazetteer;

  public CountrySideNames(CountryGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Collection<String> names() {
    Set<String> names = new TreeSet<>();
    for (String abbreviation : gazetteer.abbreviations().keySet()) names.add(abbreviation + "方");
    return names;
  }
}
