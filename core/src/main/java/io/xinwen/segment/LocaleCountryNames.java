package io.xinwen.segment;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chinese short names of all ISO 3166-1 countries from the JDK's CLDR data
 * ({@code Locale.getISOCountries()} in {@link Locale#SIMPLIFIED_CHINESE}), e.g. 哈萨克斯坦, 乌兹别克斯坦.
 */
public final class LocaleCountryNames implements NameSource {
  @Override
  public Collection<String> names() {
    Set<String> names = new TreeSet<>();
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
      if (!name.isBlank() && !name.equals(code)) names.add(name);
    }
    return names;
  }
}
