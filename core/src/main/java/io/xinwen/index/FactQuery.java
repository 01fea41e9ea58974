package io.xinwen.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A structured fact query; every non-null criterion must hold.
 *
 * <ul>
 *   <li>{@code kind}: money | percent | quantity | date | quote;
 *   <li>{@code countries}: each code is named in the fact's sentence or is the quote speaker's country;
 *   <li>{@code unit}: exact unit ({@code USD}, {@code %}, {@code MW}, {@code 家});
 *   <li>{@code min}/{@code max}: inclusive bounds on the amount's value (low end of a range);
 *   <li>{@code from}/{@code to}: inclusive; the fact's date span overlaps [from, to];
 *   <li>{@code speaker}: the quote speaker's name, exactly;
 *   <li>{@code text}: a full-text query (Lucene syntax) over the fact's sentence;
 *   <li>{@code limit}: the number of hits to return (≥ 1).
 * </ul>
 */
public record FactQuery(
    String kind,
    List<String> countries,
    String unit,
    BigDecimal min,
    BigDecimal max,
    LocalDate from,
    LocalDate to,
    String speaker,
    String text,
    int limit) {
  public static final int DEFAULT_LIMIT = 20;

  public FactQuery {
    kind = QueryValues.kind(kind);
    List<String> cs = new ArrayList<>();
    if (countries != null) for (String c : countries) cs.add(QueryValues.country(c));
    countries = List.copyOf(cs);
    unit = QueryValues.blankToNull(unit);
    speaker = QueryValues.blankToNull(speaker);
    text = QueryValues.blankToNull(text);
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new InvalidQueryException("min", "min " + min.toPlainString() + " is greater than max " + max.toPlainString());
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException("from", "from " + from + " is after to " + to);
    }
    if (limit < 1) throw new InvalidQueryException("limit", "must be at least 1, was " + limit);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FactQuery}; unset criteria match everything. */
  public static final class Builder {
    private String kind;
    private final List<String> countries = new ArrayList<>();
    private String unit;
    private BigDecimal min;
    private BigDecimal max;
    private LocalDate from;
    private LocalDate to;
    private String speaker;
    private String text;
    private int limit = DEFAULT_LIMIT;

    private Builder() {}

    public Builder kind(String v) {
      kind = v;
      return this;
    }

    public Builder country(String v) {
      countries.add(v);
      return this;
    }

    public Builder unit(String v) {
      unit = v;
      return this;
    }

    public Builder min(BigDecimal v) {
      min = v;
      return this;
    }

    public Builder max(BigDecimal v) {
      max = v;
      return this;
    }

    public Builder from(LocalDate v) {
      from = v;
      return this;
    }

    public Builder to(LocalDate v) {
      to = v;
      return this;
    }

    public Builder speaker(String v) {
      speaker = v;
      return this;
    }

    public Builder text(String v) {
      text = v;
      return this;
    }

    public Builder limit(int v) {
      limit = v;
      return this;
    }

    public FactQuery build() {
      return new FactQuery(kind, countries, unit, min, max, from, to, speaker, text, limit);
    }
  }
}
