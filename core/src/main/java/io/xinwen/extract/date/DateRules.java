package io.xinwen.extract.date;

import static io.xinwen.extract.date.DateRule.Shape.DAY_ONLY;
import static io.xinwen.extract.date.DateRule.Shape.NO_YEAR;
import static io.xinwen.extract.date.DateRule.Shape.WEEKDAY;

import io.xinwen.extract.date.DateRule.Match;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ordered list of date rules. Where two rules match the same span the earlier one wins; where
 * matches overlap the extractor keeps the leftmost, then the longest. Regex fragments below are
 * shared; their named groups are read by {@link Parts}.
 */
final class DateRules {
  private DateRules() {}

  // ---- fragments -----------------------------------------------------------------------------
  private static final String CN_DIGIT = "〇零一二三四五六七八九";
  private static final String NOT_AFTER_CN = "(?<![" + CN_DIGIT + "两十百千万])";
  private static final String NOT_AFTER_DIGIT = "(?<![\\d.])";
  /** A range connector: 至, 到, dashes and tildes, with optional spaces. */
  static final String CONN = "\\s?(?:至|到|——|—|–|－|-|~|～)\\s?";

  private static final String Y4 = NOT_AFTER_DIGIT + "(?:1\\d{3}|20\\d{2}|21\\d{2})(?!\\d)";
  private static final String YCN4 = NOT_AFTER_CN + "[" + CN_DIGIT + "]{4}";
  private static final String YCNU = NOT_AFTER_CN + "[一两二]千[零〇一二三四五六七八九十]{0,3}";
  private static final String Y2_ANY = NOT_AFTER_DIGIT + "\\d{2}(?!\\d)|" + NOT_AFTER_CN + "[" + CN_DIGIT + "]{2}";
  /** Two-digit years that read as years even alone: 07年, 零八年 (24年 alone is a duration). */
  private static final String Y2_SAFE = NOT_AFTER_DIGIT + "0\\d(?!\\d)|" + NOT_AFTER_CN + "[〇零][一二三四五六七八九]";
  private static final String REL_YEAR = "大前年|今年|本年|这一年|去年|上年|前年|明年|下年|来年|次年|后年";
  /** Nouns that 年 makes "annual" (年吞吐, 年产量): after …后 they are not the date 后年. */
  private static final String ANNUAL = "(?:吞吐|产量|产能|产值|均|发电|运量|运输|客流|接待|处理|销售|营收|收入|出口|进口|贸易)";

  /** A year followed by a month: any written year, two-digit years included. */
  private static final String YEAR_M = "(?:(?<y>" + Y4 + "|" + YCN4 + ")\\s?年|(?<yy>" + Y2_ANY + ")年|(?<yc>" + YCNU
      + ")年|(?<yr>" + REL_YEAR + "))\\s?";
  /** A year standing alone or before a period word. */
  private static final String YEAR = "(?:(?<y>" + Y4 + "|" + YCN4 + ")\\s?年|(?<yy>" + Y2_SAFE + ")年|(?<yr>" + REL_YEAR + "))";
  /** A year before 底/初/末 or 第N周, where any two-digit year reads as a year. */
  private static final String YEAR_EDGE = "(?:(?<y>" + Y4 + "|" + YCN4 + ")\\s?年|(?<yy>" + Y2_ANY + ")年|(?<yr>" + REL_YEAR + "))";

  private static final String MNUM = "(?:" + NOT_AFTER_DIGIT + "(?:1[0-2]|0?[1-9])(?!\\d)|" + NOT_AFTER_CN + "(?:十[一二]?|[一二三四五六七八九]))";
  private static final String MON = "(?<m>" + MNUM + ")\\s?月";
  private static final String MREL = "(?<mr>本月|当月|这个月|上个月|上月|下个月|下月)";
  private static final String DNUM = "(?:" + NOT_AFTER_DIGIT + "(?:3[01]|[12]\\d|0?[1-9])(?!\\d)|" + NOT_AFTER_CN
      + "(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]))";
  /** A day after a month: with 日/号, or bare before punctuation or the end (八月十五). */
  private static final String DAY = "(?<d>" + DNUM + ")(?:\\s?[日号](?![元币])|(?=$|[，。、；,;）)\\s]))";
  private static final String ORD = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
  private static final String WD = "(?<wd>[一二三四五六日天])";

  // ---- the rules -----------------------------------------------------------------------------
  static List<DateRule> all(Map<String, String> holidays, List<String> vague) {
    String holidayNames = holidays.keySet().stream()
        .sorted((a, b) -> b.length() - a.length())
        .collect(Collectors.joining("|"));
    List<DateRule> rules = List.of(
        DateRule.of("date.range.days", "(?:" + YEAR_M + ")?" + MON + "(?<d1>" + DNUM + ")\\s?[日号]?" + CONN + "(?<d2>"
            + DNUM + ")\\s?[日号]", DateRules::dayRange).needs("至到—–－-~～"),
        DateRule.of("date.range.months", "(?:" + YEAR_M + ")?(?<m1>" + MNUM + ")(?:\\s?月份?)?" + CONN + "(?<m2>" + MNUM
            + ")\\s?月份?", DateRules::monthRange).needs("至到—–－-~～"),
        DateRule.of("date.range.years", "(?<y1>" + Y4 + ")(?:\\s?年)?" + CONN + "(?<y2>" + Y4 + ")\\s?年(?!代)",
            m -> DateValue.years(Parts.number(m.get("y1")), Parts.number(m.get("y2")))).needs("至到—–－-~～"),
        DateRule.of("date.range.years.from", "(?<=[从自])(?<y1>" + Y4 + ")" + CONN + "(?<y2>" + Y4 + ")",
            m -> DateValue.years(Parts.number(m.get("y1")), Parts.number(m.get("y2")))).needs("至到—–－-~～"),
        DateRule.of("date.ymd", YEAR_M + MON + "\\s?" + DAY, m -> DateValue.day(Parts.date(m))).needs("月"),
        DateRule.of("date.month.xun", "(?:" + YEAR_M + ")?" + MON + "(?<xun>上旬|中旬|下旬)", DateRules::xun).needs("旬"),
        DateRule.of("date.month.edge", "(?:" + YEAR_M + ")?(?:" + MON + "份?|" + MREL + ")(?<edge>底|末|初)",
            m -> DateValue.month(Parts.yearMonth(m, 1))).needs("底末初"),
        DateRule.of("date.month.week", "(?:" + YEAR_M + ")?(?:" + MON + "份?|" + MREL + ")的?第(?<wn>" + ORD
            + ")(?:周|个星期|个礼拜)", DateRules::weekOfMonth).needs("第"),
        DateRule.of("date.month.weekday", "(?:" + YEAR_M + ")?(?:" + MON + "份?|" + MREL
            + ")的?(?:第(?<on>" + ORD + ")个|(?<last>最后一个))(?:星期|周|礼拜)" + WD, DateRules::weekdayOfMonth).needs("周期拜"),
        DateRule.of("date.ym", YEAR_M + MON + "份?", m -> DateValue.month(Parts.yearMonth(m, 1))).needs("月"),
        DateRule.of("date.month.relative.day", "(?:" + YEAR + ")?" + MREL + "(?<d>" + DNUM + ")[日号]",
            m -> DateValue.day(Parts.date(m))).needs("月"),
        DateRule.of("date.month.relative", "(?:" + YEAR + ")?" + MREL, m -> DateValue.month(Parts.yearMonth(m, 1))).needs("月"),
        DateRule.of("date.md", MON + "\\s?" + DAY, NO_YEAR, m -> DateValue.day(Parts.date(m))).needs("月"),
        DateRule.of("date.m", MON + "份?", NO_YEAR, m -> DateValue.month(Parts.yearMonth(m, 1))).needs("月"),
        DateRule.of("date.d", "(?<d>" + NOT_AFTER_DIGIT + "(?:3[01]|[12]\\d|0?[1-9])(?!\\d)|" + NOT_AFTER_CN
            + "(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?))日(?![元币内])", DAY_ONLY,
            m -> DateValue.day(m.anchor.dayOfMonth(Parts.day(m.get("d"))))).needs("日"),
        DateRule.of("date.year.edge", YEAR_EDGE + "年?(?<edge>底|末|初)", m -> yearEdge(Parts.year(m), m.get("edge"))).needs("底末初"),
        DateRule.of("date.year.edge.bare", "(?<![\\d" + CN_DIGIT + "两十个])年(?<edge>底|末|初)",
            m -> yearEdge(m.anchor.year(), m.get("edge"))).needs("底末初"),
        DateRule.of("date.month.edge.bare", "(?<![\\d" + CN_DIGIT + "两十个本当上下])月(?<edge>底|末|初)",
            m -> DateValue.month(m.anchor.month())).needs("底末初"),
        DateRule.of("date.half", "(?:" + YEAR + ")?(?<h>上半年|下半年)", DateRules::half).needs("半"),
        DateRule.of("date.quarter", "(?:" + YEAR_EDGE + ")?第?(?<q>[一二三四1-4])季度(?<edge>末|初)?", DateRules::quarter).needs("季"),
        DateRule.of("date.quarters.first", "(?:" + YEAR + ")?前(?<qn>[一二两三1-3])个?季度", DateRules::firstQuarters).needs("季"),
        DateRule.of("date.quarter.relative", "(?<qr>上个?|本|这个?|下个?)季度(?<edge>末|初)?", DateRules::relativeQuarter).needs("季"),
        DateRule.of("date.months.first", "(?:" + YEAR + ")?前(?<fm>" + ORD + "|两)个?月", DateRules::firstMonths).needs("月"),
        DateRule.of("date.year.week", "(?:" + YEAR_EDGE + ")的?第(?<wn>" + ORD + ")(?:周|个星期|个礼拜)", DateRules::weekOfYear).needs("第"),
        DateRule.of("date.year", "(?:(?<y>" + Y4 + "|" + YCN4 + ")\\s?年|(?<yy>" + Y2_SAFE + ")年)(?![代来])",
            m -> DateValue.year(Parts.year(m))).needs("年"),
        // 使用后年吞吐能力: 后 closes the verb phrase and 年吞吐 is "annual throughput", not 后年
        DateRule.of("date.year.relative", "(?<yr>" + REL_YEAR + ")(?!(?<=后年)" + ANNUAL + ")", m -> DateValue.year(Parts.year(m))).needs("年"),
        DateRule.of("date.decade", "(?:(?<cr>本|上个?|下个?)世纪|(?<c>\\d{1,2}|[一二]?十?[一二三四五六七八九十])世纪)?(?<dec>"
            + NOT_AFTER_DIGIT + "[1-9]0|" + NOT_AFTER_CN + "[一二三四五六七八九]十)年代(?<part>初期|前期|初|中期|末期|后期|末)?",
            DateRules::decade).needs("代"),
        DateRule.of("date.decade.full", "(?<dy>" + NOT_AFTER_DIGIT + "1\\d{2}0|20\\d0)年代", m -> {
          int start = Parts.number(m.get("dy"));
          return DateValue.years(start, start + 9);
        }).needs("代"),
        DateRule.of("date.century", "(?:(?<cr>本|上个?|下个?)世纪|(?<c>\\d{1,2}|[一二]?十?[一二三四五六七八九十])世纪)(?![\\d一二三四五六七八九]0?十?年代)",
            m -> {
              int start = centuryStart(m);
              return DateValue.years(start, start + 99);
            }).needs("纪"),
        DateRule.of("date.numeric.ymd", "(?<![\\d.])(?<y>1\\d{3}|20\\d{2})[-./](?<m>1[0-2]|0?[1-9])[-./](?<d>3[01]|[12]\\d|0?[1-9])(?![\\d.])",
            DateRules::numericDate).needs("-./"),
        DateRule.of("date.numeric.compact", "(?<![\\w.])(?<y>19\\d{2}|20\\d{2})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\\d|3[01])(?![\\w.%])",
            DateRules::numericDate),
        DateRule.of("date.numeric.spaced", "(?<![\\w.])(?<y>19\\d{2}|20\\d{2}) (?<m>1[0-2]|0?[1-9]) (?<d>3[01]|[12]\\d|0?[1-9])(?![\\w.])",
            DateRules::numericDate).needs(" "),
        DateRule.of("date.numeric.ym", "(?<![\\w.\\-/])(?<y>19\\d{2}|20\\d{2})-(?<m>0[1-9]|1[0-2])(?![\\w.\\-/])",
            m -> DateValue.month(YearMonth.of(Parts.number(m.get("y")), Parts.number(m.get("m"))))).needs("-"),
        DateRule.of("date.numeric.md", "(?<![\\w.\\-/])(?<m>0[1-9])-(?<d>0[1-9]|[12]\\d|3[01])(?![\\w.\\-/])", NO_YEAR,
            m -> DateValue.day(Parts.date(m))).needs("-"),
        DateRule.of("date.day.relative", "(?<dr>大大后天|大后天|大前天|今天(?!的)|今日(?!的)|当天|当日|本日|昨天|昨日|前天|明天|明日|后天)",
            DateRules::relativeDay).needs("天日"),
        DateRule.of("date.weekday", "(?<wr>上个?|下个?|这个?|本|今)?(?:星期|礼拜)" + WD + "|(?<wp>上个?|下个?|这个?|本)(?:周|星期|礼拜)"
            + "(?:星期|礼拜)?(?<wd2>[一二三四五六日天])", WEEKDAY, DateRules::weekday).needs("周期拜"),
        DateRule.of("date.weekday.short", "(?<![\\u4e00-\\u9fff&&[^于在从至到和及的将、]])周(?<wd>[一二三四五六日])(?=[，。、；,;）)\\s至到和及]|$|[上下晚早凌午夜中])",
            WEEKDAY, DateRules::weekday).needs("周"),
        DateRule.of("date.week.relative", "(?<wr>上个?|下个?|这个?|本)(?:周|星期|礼拜)(?![一二三四五六日天末年边期])", m -> {
          LocalDate monday = m.anchor.monday(Parts.weekShift(m.get("wr")));
          return DateValue.days(monday, monday.plusDays(6));
        }).needs("周期拜"),
        DateRule.of("date.holiday", "(?:" + YEAR + ")?(?<hol>" + holidayNames + ")", m -> {
          String[] md = holidays.get(m.get("hol")).split("-");
          int month = Integer.parseInt(md[0]);
          int day = Integer.parseInt(md[1]);
          int y = Parts.hasYear(m) ? Parts.year(m) : m.anchor.yearFor(month, day);
          return DateValue.day(LocalDate.of(y, month, day));
        }).needs(lastChars(holidays.keySet())),
        DateRule.of("date.years.offset", "(?<![几数多])(?<n>" + NOT_AFTER_DIGIT + "\\d{1,2}|" + NOT_AFTER_CN
            + "[一二两三四五六七八九十]{1,3})年(?:之)?(?<dir>前|后)(?![年])", m -> {
              int n = Parts.number(m.get("n"));
              return DateValue.year(m.anchor.year() + ("前".equals(m.get("dir")) ? -n : n));
            }).needs("前后"),
        DateRule.of("date.vague", "(?:" + String.join("|", vague) + ")", m -> DateRule.UNRESOLVED).needs(lastChars(vague)),
        DateRule.of("date.vague.future", "未来(?=[\\d一二两三四五六七八九十几数]|一段)", m -> DateRule.UNRESOLVED).needs("来"));
    return rules;
  }

  /** The last character of each word: a match of one of the words holds one of them. */
  private static String lastChars(java.util.Collection<String> words) {
    return words.stream().map(w -> w.substring(w.length() - 1)).distinct().sorted().collect(Collectors.joining());
  }

  /**
   * The characters any date can start with (digits, numerals, relative and period words, the
   * first characters of holidays and vague words); the extractor tries rules only there.
   */
  static Pattern startChar(Map<String, String> holidays, List<String> vague) {
    StringBuilder starts = new StringBuilder(FIRST_CHARS);
    holidays.keySet().forEach(h -> starts.append(h.charAt(0)));
    vague.forEach(v -> starts.append(v.charAt(0)));
    return Pattern.compile("[" + starts + "]");
  }

  /** The first characters of every rule's pattern (digits, numerals, relative and period words). */
  private static final String FIRST_CHARS = "0-9" + CN_DIGIT + "两十今去前明上下本这当次来后大年月第星礼周昨世未";

  // ---- resolvers -----------------------------------------------------------------------------
  /** 年底/年末 is the year's December, 年初 its January (corpus/README.md, Decisions). */
  private static DateValue yearEdge(int year, String edge) {
    return DateValue.month(YearMonth.of(year, "初".equals(edge) ? 1 : 12));
  }

  private static DateValue dayRange(Match m) {
    int d1 = Parts.day(m.get("d1"));
    int d2 = Parts.day(m.get("d2"));
    YearMonth ym = Parts.yearMonth(m, d1);
    return DateValue.days(ym.atDay(d1), ym.atDay(d2));
  }

  private static DateValue monthRange(Match m) {
    int m1 = Parts.monthNumber(m.get("m1"));
    int m2 = Parts.monthNumber(m.get("m2"));
    if (m2 <= m1) return null;
    int y = Parts.hasYear(m) ? Parts.year(m) : m.anchor.yearFor(m2, 1);
    return DateValue.months(YearMonth.of(y, m1), YearMonth.of(y, m2));
  }

  private static DateValue xun(Match m) {
    YearMonth ym = Parts.yearMonth(m, 1);
    return switch (m.get("xun")) {
      case "上旬" -> DateValue.days(ym.atDay(1), ym.atDay(10));
      case "中旬" -> DateValue.days(ym.atDay(11), ym.atDay(20));
      default -> DateValue.days(ym.atDay(21), ym.atEndOfMonth());
    };
  }

  /** Week N of a month: the N-th week starting on a Monday inside that month. */
  private static DateValue weekOfMonth(Match m) {
    YearMonth ym = Parts.yearMonth(m, 1);
    LocalDate first = ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    LocalDate start = first.plusWeeks(Parts.number(m.get("wn")) - 1L);
    return DateValue.days(start, start.plusDays(6));
  }

  private static DateValue weekOfYear(Match m) {
    int y = Parts.year(m);
    LocalDate first = LocalDate.of(y, 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    LocalDate start = first.plusWeeks(Parts.number(m.get("wn")) - 1L);
    return DateValue.days(start, start.plusDays(6));
  }

  private static DateValue weekdayOfMonth(Match m) {
    YearMonth ym = Parts.yearMonth(m, 1);
    DayOfWeek wd = Parts.weekday(m.get("wd"));
    LocalDate d = m.has("last")
        ? ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(wd))
        : ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(Parts.number(m.get("on")), wd));
    return YearMonth.from(d).equals(ym) ? DateValue.day(d) : null;
  }

  private static DateValue half(Match m) {
    int y = Parts.hasYear(m) ? Parts.year(m) : m.anchor.year();
    return "上半年".equals(m.get("h"))
        ? DateValue.months(YearMonth.of(y, 1), YearMonth.of(y, 6))
        : DateValue.months(YearMonth.of(y, 7), YearMonth.of(y, 12));
  }

  private static DateValue quarter(Match m) {
    int q = Parts.number(m.get("q"));
    int y = Parts.hasYear(m) ? Parts.year(m) : m.anchor.yearFor(3 * q - 2, 1);
    return quarterValue(YearMonth.of(y, 3 * q - 2), m.get("edge"));
  }

  private static DateValue relativeQuarter(Match m) {
    YearMonth ref = m.anchor.month();
    YearMonth start = ref.minusMonths((ref.getMonthValue() - 1) % 3).plusMonths(3L * Parts.weekShift(m.get("qr")));
    return quarterValue(start, m.get("edge"));
  }

  /** A quarter is its three months; 季度末 and 季度初 are its last and first month. */
  private static DateValue quarterValue(YearMonth start, String edge) {
    if ("末".equals(edge)) return DateValue.month(start.plusMonths(2));
    if ("初".equals(edge)) return DateValue.month(start);
    return DateValue.months(start, start.plusMonths(2));
  }

  private static DateValue firstQuarters(Match m) {
    int n = Parts.number(m.get("qn"));
    int y = Parts.hasYear(m) ? Parts.year(m) : m.anchor.yearFor(3 * n, 1);
    return DateValue.months(YearMonth.of(y, 1), YearMonth.of(y, 3 * n));
  }

  private static DateValue firstMonths(Match m) {
    int n = Parts.number(m.get("fm"));
    if (n < 1 || n > 12) return null;
    int y = Parts.hasYear(m) ? Parts.year(m) : m.anchor.yearFor(n, 1);
    return DateValue.months(YearMonth.of(y, 1), YearMonth.of(y, n));
  }

  private static int centuryStart(Match m) {
    if (m.has("cr")) {
      int current = (m.anchor.year() - 1) / 100 + 1;
      return (current - 1 + Parts.weekShift(m.get("cr"))) * 100;
    }
    return (Parts.number(m.get("c")) - 1) * 100;
  }

  /** 80年代 (of the century stated, else the 1900s), narrowed by 初/中期/末 to three years. */
  private static DateValue decade(Match m) {
    int century = (m.has("c") || m.has("cr")) ? centuryStart(m) : 1900;
    int start = century + Parts.number(m.get("dec"));
    String part = m.get("part");
    if (part == null) return DateValue.years(start, start + 9);
    return switch (part) {
      case "初", "初期", "前期" -> DateValue.years(start, start + 2);
      case "中期" -> DateValue.years(start + 4, start + 6);
      default -> DateValue.years(start + 7, start + 9);
    };
  }

  private static DateValue numericDate(Match m) {
    LocalDate d = Anchor.safeDate(Parts.number(m.get("y")), Parts.number(m.get("m")), Parts.number(m.get("d")));
    return d == null ? null : DateValue.day(d);
  }

  private static DateValue relativeDay(Match m) {
    int shift = switch (m.get("dr")) {
      case "大大后天" -> 4;
      case "大后天" -> 3;
      case "大前天" -> -3;
      case "昨天", "昨日" -> -1;
      case "前天" -> -2;
      case "明天", "明日" -> 1;
      case "后天" -> 2;
      default -> 0;
    };
    return DateValue.day(m.anchor.date().plusDays(shift));
  }

  /** A weekday: in the reference's week, or the week before/after for 上/下. */
  private static DateValue weekday(Match m) {
    String wd = m.has("wd") ? m.get("wd") : m.get("wd2");
    String prefix = m.has("wp") ? m.get("wp") : m.get("wr");
    LocalDate monday = m.anchor.monday(Parts.weekShift(prefix));
    return DateValue.day(monday.plusDays(Parts.weekday(wd).getValue() - 1L));
  }
}
