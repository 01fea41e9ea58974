package io.xinwen.extract.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A resolved date: the closed interval [{@code first}, {@code last}] of days it covers, stated at
 * {@code grain}. {@link #iso()} writes the contract value: one ISO date at the grain, or
 * {@code start/end} for a span, collapsed to the coarsest grain that states it exactly (1至12月 of
 * one year is that year).
 */
record DateValue(LocalDate first, LocalDate last, Grain grain) {
  DateValue {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(grain, "grain");
    if (last.isBefore(first)) throw new IllegalArgumentException("span ends before it starts: " + first + "/" + last);
  }

  static DateValue day(LocalDate d) {
    return new DateValue(d, d, Grain.DAY);
  }

  static DateValue month(YearMonth m) {
    return new DateValue(m.atDay(1), m.atEndOfMonth(), Grain.MONTH);
  }

  static DateValue months(YearMonth from, YearMonth to) {
    return new DateValue(from.atDay(1), to.atEndOfMonth(), Grain.MONTH);
  }

  static DateValue year(int y) {
    return new DateValue(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Grain.YEAR);
  }

  static DateValue years(int from, int to) {
    return new DateValue(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), Grain.YEAR);
  }

  static DateValue days(LocalDate from, LocalDate to) {
    return new DateValue(from, to, Grain.DAY);
  }

  /** The span from this value's start to {@code other}'s end, at the finer of both grains. */
  DateValue through(DateValue other) {
    return new DateValue(first, other.last, grain.finer(other.grain));
  }

  /** This value moved by whole years (keeps the grain; a 29 February lands on the 28th). */
  DateValue plusYears(int years) {
    return new DateValue(first.plusYears(years), last.plusYears(years), grain);
  }

  /** The grain after collapsing whole months to months and whole years to years. */
  Grain statedGrain() {
    Grain g = grain;
    if (g == Grain.DAY && first.getDayOfMonth() == 1 && last.equals(YearMonth.from(last).atEndOfMonth())) g = Grain.MONTH;
    if (g == Grain.MONTH && first.getMonthValue() == 1 && last.getMonthValue() == 12) g = Grain.YEAR;
    return g;
  }

  /** The contract value: {@code 2025}, {@code 2025-07}, {@code 2025-06-10} or {@code start/end}. */
  String iso() {
    Grain g = statedGrain();
    String a = format(first, g);
    String b = format(last, g);
    return a.equals(b) ? a : a + "/" + b;
  }

  private static String format(LocalDate d, Grain g) {
    return switch (g) {
      case YEAR -> String.valueOf(d.getYear());
      case MONTH -> YearMonth.from(d).toString();
      case DAY -> d.toString();
    };
  }
}
