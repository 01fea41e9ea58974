package io.xinwen.index;

import io.xinwen.extract.number.ChineseNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses and checks query parameters given as text (the CLI's flags); every failure is an
 * {@link InvalidQueryException} naming the parameter.
 */
public final class QueryValues {
  /** The fact kinds the index holds. */
  public static final List<String> KINDS = List.of("money", "percent", "quantity", "date", "quote");

  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  private QueryValues() {}

  /** A fact kind, lower-cased; null stays null. */
  public static String kind(String kind) {
    if (kind == null || kind.isBlank()) return null;
    String k = kind.trim().toLowerCase(Locale.ROOT);
    if (!KINDS.contains(k)) throw new InvalidQueryException("kind", "unknown kind '" + kind + "' (one of " + String.join(", ", KINDS) + ")");
    return k;
  }

  /** An ISO 3166-1 alpha-2 code, upper-cased. */
  public static String country(String code) {
    String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    if (!ISO_COUNTRIES.contains(c)) throw new InvalidQueryException("country", "not an ISO 3166-1 alpha-2 code: '" + code + "'");
    return c;
  }

  /**
   * A number such as {@code 1e9}, {@code 1000000000}, {@code 58.9} or {@code 10亿}; null stays null.
   */
  public static BigDecimal number(String parameter, String value) {
    if (value == null || value.isBlank()) return null;
    String v = value.trim().replace(",", "").replace("_", "");
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      try {
        BigDecimal parsed = ChineseNumbers.parse(v);
        if (parsed != null) return parsed;
      } catch (RuntimeException ignored) {
        // fall through to the error below
      }
      throw new InvalidQueryException(parameter, "not a number: '" + value + "'");
    }
  }

  /**
   * A date {@code 2025}, {@code 2025-07}, {@code 2025-07-01} (or any form of {@link DatePeriod}):
   * its first day when {@code end} is false, its last day when true; null stays null.
   */
  public static LocalDate date(String parameter, String value, boolean end) {
    if (value == null || value.isBlank()) return null;
    Optional<DatePeriod> p = DatePeriod.parse(value.trim());
    if (p.isEmpty()) throw new InvalidQueryException(parameter, "not a date: '" + value + "' (use 2025, 2025-07 or 2025-07-01)");
    return end ? p.get().last() : p.get().first();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
