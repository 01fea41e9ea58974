package io.xinwen.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The article's reference date and how partial dates are placed around it. News reports the past,
 * so a date without a year lands in the latest year that puts it no more than {@link
 * #FORWARD_MONTHS} months after the reference (12月 in a January article is last December, 9月3日
 * in an article of 28 August is this year's), and a bare day (10日) in the latest month that puts
 * it no more than {@link #FORWARD_DAYS} days after the reference. Without a reference date every
 * such question throws {@link NoReference}, and the date keeps its text with no value.
 */
final class Anchor {
  /** How far ahead of the reference a month, month-day or period without a year may lie. */
  static final int FORWARD_MONTHS = 3;
  /** How far ahead of the reference a bare day of the month may lie. */
  static final int FORWARD_DAYS = 10;

  private final LocalDate reference;

  Anchor(LocalDate reference) {
    this.reference = reference;
  }

  /** The reference date; throws {@link NoReference} when the article has none. */
  LocalDate date() {
    if (reference == null) throw NoReference.INSTANCE;
    return reference;
  }

  int year() {
    return date().getYear();
  }

  YearMonth month() {
    return YearMonth.from(date());
  }

  /** The year for something starting on {@code month}/{@code day} when no year is written. */
  int yearFor(int month, int day) {
    LocalDate ref = date();
    LocalDate limit = ref.plusMonths(FORWARD_MONTHS);
    for (int y = ref.getYear() + 1; y >= ref.getYear() - 8; y--) {
      LocalDate candidate = safeDate(y, month, day);
      if (candidate != null && !candidate.isAfter(limit)) return y;
    }
    throw new IllegalArgumentException("no such day: " + month + "/" + day);
  }

  /** The date for a bare day of the month (10日), leaning to the past. */
  LocalDate dayOfMonth(int day) {
    LocalDate ref = date();
    LocalDate limit = ref.plusDays(FORWARD_DAYS);
    YearMonth m = YearMonth.from(ref).plusMonths(1);
    for (int i = 0; i < 14; i++, m = m.minusMonths(1)) {
      if (day <= m.lengthOfMonth() && !m.atDay(day).isAfter(limit)) return m.atDay(day);
    }
    throw new IllegalArgumentException("no month has day " + day);
  }

  /** A two-digit year (98年, 07年) in the century that puts it at most ten years after the reference. */
  int twoDigitYear(int yy) {
    int ref = year();
    int y = ref / 100 * 100 + yy;
    if (y > ref + 10) y -= 100;
    return y;
  }

  /** Monday of the reference's week moved by {@code weeks}. */
  LocalDate monday(int weeks) {
    return date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
  }

  static LocalDate safeDate(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) return null;
    YearMonth ym = YearMonth.of(y, m);
    return d <= ym.lengthOfMonth() ? ym.atDay(d) : null;
  }

  /** Thrown when a relative or partial date needs the reference date and the article has none. */
  static final class NoReference extends RuntimeException {
    static final NoReference INSTANCE = new NoReference();

    private NoReference() {
      super("no reference date", null, false, false);
    }
  }
}
