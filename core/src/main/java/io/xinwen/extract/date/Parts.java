package io.xinwen.extract.date;

import io.xinwen.extract.date.DateRule.Match;
import io.xinwen.extract.number.ChineseNumbers;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * Reads the parts of a date match (year, month, day, weekday) from the named groups the rules
 * share: {@code y} four-digit year, {@code yy} two-digit year, {@code yc} year with 千 (两千零四),
 * {@code yr} relative year word, {@code m} month, {@code mr} relative month word, {@code d} day.
 */
final class Parts {
  private Parts() {}

  static final Map<String, Integer> RELATIVE_YEARS = Map.ofEntries(
      Map.entry("今年", 0), Map.entry("本年", 0), Map.entry("这一年", 0),
      Map.entry("去年", -1), Map.entry("上年", -1), Map.entry("前年", -2), Map.entry("大前年", -3),
      Map.entry("明年", 1), Map.entry("下年", 1), Map.entry("来年", 1), Map.entry("次年", 1),
      Map.entry("后年", 2));

  static final Map<String, Integer> RELATIVE_MONTHS = Map.of(
      "本月", 0, "当月", 0, "这个月", 0, "上月", -1, "上个月", -1, "下月", 1, "下个月", 1);

  /** A small numeral: Arabic (09) or Chinese (十二, 三十一, 二〇二五). */
  static int number(String s) {
    return ChineseNumbers.parse(s.strip()).intValueExact();
  }

  /** True when the match states a year. */
  static boolean hasYear(Match m) {
    return m.has("y") || m.has("yy") || m.has("yc") || m.has("yr");
  }

  /** The stated year, resolving two-digit and relative years against the anchor. */
  static int year(Match m) {
    if (m.has("y")) return number(m.get("y"));
    if (m.has("yc")) return number(m.get("yc"));
    if (m.has("yy")) return m.anchor.twoDigitYear(number(m.get("yy")));
    return m.anchor.year() + RELATIVE_YEARS.get(m.get("yr"));
  }

  /** The month 1–12 (or a relative month's month), or throws when out of range. */
  static int monthNumber(String s) {
    int n = number(s);
    if (n < 1 || n > 12) throw new IllegalArgumentException("no month " + s);
    return n;
  }

  /** The stated year-month: explicit month with stated or leaning year, or a relative month. */
  static YearMonth yearMonth(Match m, int dayForLean) {
    if (m.has("mr")) {
      YearMonth r = m.anchor.month().plusMonths(RELATIVE_MONTHS.get(m.get("mr")));
      return hasYear(m) ? r.withYear(year(m) + (r.getYear() - m.anchor.year())) : r;
    }
    int month = monthNumber(m.get("m"));
    int y = hasYear(m) ? year(m) : m.anchor.yearFor(month, dayForLean);
    return YearMonth.of(y, month);
  }

  static int day(String s) {
    int n = number(s);
    if (n < 1 || n > 31) throw new IllegalArgumentException("no day " + s);
    return n;
  }

  /** A stated year-month-day (day from group {@code d}), the year leaning to the past if unstated. */
  static LocalDate date(Match m) {
    int d = day(m.get("d"));
    YearMonth ym = yearMonth(m, d);
    return ym.atDay(d);
  }

  static DayOfWeek weekday(String c) {
    return switch (c) {
      case "一" -> DayOfWeek.MONDAY;
      case "二" -> DayOfWeek.TUESDAY;
      case "三" -> DayOfWeek.WEDNESDAY;
      case "四" -> DayOfWeek.THURSDAY;
      case "五" -> DayOfWeek.FRIDAY;
      case "六" -> DayOfWeek.SATURDAY;
      case "日", "天" -> DayOfWeek.SUNDAY;
      default -> throw new IllegalArgumentException("no weekday " + c);
    };
  }

  /** Weeks from the reference's week for 上/下/这/本 (with or without 个); 0 for none. */
  static int weekShift(String prefix) {
    if (prefix == null || prefix.isEmpty()) return 0;
    return switch (prefix.charAt(0)) {
      case '上' -> -1;
      case '下' -> 1;
      default -> 0;
    };
  }
}
