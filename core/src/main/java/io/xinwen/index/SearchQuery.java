package io.xinwen.index;

import java.time.LocalDate;

/**
 * A ranked full-text article query: {@code text} in Lucene syntax (required; terms are ANDed, a run of
 * Chinese text is a phrase), optional {@code country} the article names, optional inclusive published
 * range {@code from}/{@code to}, and {@code limit} ≥ 1.
 */
public record SearchQuery(String text, String country, LocalDate from, LocalDate to, int limit) {
  public static final int DEFAULT_LIMIT = 10;

  public SearchQuery {
    text = QueryValues.blankToNull(text);
    if (text == null) throw new InvalidQueryException("text", "a search needs query text");
    country = country == null || country.isBlank() ? null : QueryValues.country(country);
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException("from", "from " + from + " is after to " + to);
    }
    if (limit < 1) throw new InvalidQueryException("limit", "must be at least 1, was " + limit);
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, DEFAULT_LIMIT);
  }
}
