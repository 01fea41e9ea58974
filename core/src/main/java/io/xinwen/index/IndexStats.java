package io.xinwen.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an index holds: article and fact counts; articles per country named and per published year;
 * facts per kind and per unit; quotes per named speaker. Maps are ordered by count, descending.
 */
public record IndexStats(
    long articles,
    long facts,
    Map<String, Long> countries,
    Map<String, Long> years,
    Map<String, Long> kinds,
    Map<String, Long> units,
    Map<String, Long> speakers) {
  public IndexStats {
    countries = ordered(countries);
    years = ordered(years);
    kinds = ordered(kinds);
    units = ordered(units);
    speakers = ordered(speakers);
  }

  private static Map<String, Long> ordered(Map<String, Long> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }
}
