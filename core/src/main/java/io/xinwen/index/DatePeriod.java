package io.xinwen.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first and last day (inclusive) of an ISO 8601 date value as the contract writes them:
 * {@code 2025}, {@code 2025-07}, {@code 2025-06-10}, {@code 2025-Q3}, {@code 2025-H1}, {@code 2025-W12},
 * or a span {@code start/end} of any two of these.
 */
public record DatePeriod(LocalDate first, LocalDate last) {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  public DatePeriod {
    if (first.isAfter(last)) throw new IllegalArgumentException("period ends before it starts: " + first + "/" + last);
  }

  public static DatePeriod of(LocalDate day) {
    return new DatePeriod(day, day);
  }

  /** The period of an ISO value, empty when the value is null or not one of the forms above. */
  public static Optional<DatePeriod> parse(String value) {
    if (value == null || value.isBlank()) return Optional.empty();
    try {
      int slash = value.indexOf('/');
      if (slash >= 0) {
        Optional<DatePeriod> a = single(value.substring(0, slash).trim());
        Optional<DatePeriod> b = single(value.substring(slash + 1).trim());
        if (a.isEmpty() || b.isEmpty() || a.get().first().isAfter(b.get().last())) return Optional.empty();
        return Optional.of(new DatePeriod(a.get().first(), b.get().last()));
      }
      return single(value.trim());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<DatePeriod> single(String v) {
    Matcher m;
    if ((m = DAY.matcher(v)).matches()) {
      return Optional.of(of(LocalDate.of(i(m, 1), i(m, 2), i(m, 3))));
    }
    if ((m = MONTH.matcher(v)).matches()) {
      YearMonth ym = YearMonth.of(i(m, 1), i(m, 2));
      return Optional.of(new DatePeriod(ym.atDay(1), ym.atEndOfMonth()));
    }
    if ((m = YEAR.matcher(v)).matches()) {
      int y = i(m, 1);
      return Optional.of(new DatePeriod(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
    }
    if ((m = QUARTER.matcher(v)).matches()) {
      LocalDate first = LocalDate.of(i(m, 1), (i(m, 2) - 1) * 3 + 1, 1);
      return Optional.of(new DatePeriod(first, first.plusMonths(3).minusDays(1)));
    }
    if ((m = HALF.matcher(v)).matches()) {
      LocalDate first = LocalDate.of(i(m, 1), (i(m, 2) - 1) * 6 + 1, 1);
      return Optional.of(new DatePeriod(first, first.plusMonths(6).minusDays(1)));
    }
    if ((m = WEEK.matcher(v)).matches()) {
      LocalDate monday = LocalDate.of(i(m, 1), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, i(m, 2))
          .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
      return Optional.of(new DatePeriod(monday, monday.plusDays(6)));
    }
    return Optional.empty();
  }

  private static int i(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** The smallest period covering both. */
  public DatePeriod union(DatePeriod o) {
    return new DatePeriod(first.isBefore(o.first) ? first : o.first, last.isAfter(o.last) ? last : o.last);
  }
}
