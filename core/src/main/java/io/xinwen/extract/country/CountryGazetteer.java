package io.xinwen.extract.country;

import java.util.Locale;

/** Chinese names of ISO 3166-1 countries. */
public final class CountryGazetteer {
  private static final CountryGazetteer DEFAULTS = new CountryGazetteer();

  public static CountryGazetteer defaults() {
    return DEFAULTS;
  }

  /** The Chinese short name of an ISO 3166-1 alpha-2 code. */
  public String nameOf(String code) {
    return new Locale("", code).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
  }
}
