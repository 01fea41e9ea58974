package io.xinwen.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.model.DateMention;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Examples per rule, grouped by the value they must produce, with a fixed reference date
 * (2025-08-28, a Thursday, unless a row says otherwise). Each input must yield exactly one date
 * with exactly this text, value and grain.
 */
class DateExtractorTest {
  private static final LocalDate REF = LocalDate.of(2025, 8, 28);
  private final DateExtractor extractor = new DateExtractor();

  private List<DateMention> extract(String text, LocalDate ref) {
    return extractor.extract(ExtractionContext.of(text, ref));
  }

  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # input                         | text                 | value                    | grain
      # absolute days
      2025年6月12日，双方签署协议         | 2025年6月12日         | 2025-06-12               | day
      二〇二五年九月三日                  | 二〇二五年九月三日      | 2025-09-03               | day
      于2025-06-12发布                  | 2025-06-12           | 2025-06-12               | day
      2025.6.12                       | 2025.6.12            | 2025-06-12               | day
      2008 年 8月8日                    | 2008 年 8月8日         | 2008-08-08               | day
      两千零四年八月十五                  | 两千零四年八月十五      | 2004-08-15               | day
      报告显示，20240307发布              | 20240307             | 2024-03-07               | day
      11月3日（星期一）举行               | 11月3日（星期一）       | 2025-11-03               | day
      # absolute months and years
      2025年6月                        | 2025年6月             | 2025-06                  | month
      去年12月                          | 去年12月              | 2024-12                  | month
      明年3月份                         | 明年3月份             | 2026-03                  | month
      2025年                           | 2025年               | 2025                     | year
      2008 年，北京举办奥运会             | 2008 年              | 2008                     | year
      他07年以后就没再来过                | 07年                 | 2007                     | year
      # partial dates lean to the past (reference 2025-08-28)
      6月10日，会议召开                  | 6月10日              | 2025-06-10               | day
      9月3日将举行阅兵                   | 9月3日               | 2025-09-03               | day
      12月1日，项目启动                  | 12月1日              | 2024-12-01               | day
      10日，记者来到现场                  | 10日                 | 2025-08-10               | day
      5日将开幕                         | 5日                  | 2025-09-05               | day
      本月10日                          | 本月10日              | 2025-08-10               | day
      去年本月十日                       | 去年本月十日           | 2024-08-10               | day
      6月份                            | 6月份                | 2025-06                  | month
      # relative
      今年                             | 今年                  | 2025                     | year
      去年                             | 去年                  | 2024                     | year
      前年                             | 前年                  | 2023                     | year
      明年                             | 明年                  | 2026                     | year
      本月                             | 本月                  | 2025-08                  | month
      上月                             | 上月                  | 2025-07                  | month
      下个月                            | 下个月                | 2025-09                  | month
      上周                             | 上周                  | 2025-08-18/2025-08-24    | day
      今天                             | 今天                  | 2025-08-28               | day
      当天                             | 当天                  | 2025-08-28               | day
      今日                             | 今日                  | 2025-08-28               | day
      昨天                             | 昨天                  | 2025-08-27               | day
      前天                             | 前天                  | 2025-08-26               | day
      明天                             | 明天                  | 2025-08-29               | day
      上周二                            | 上周二                | 2025-08-19               | day
      星期一                            | 星期一                | 2025-08-25               | day
      三年前                            | 三年前                | 2022                     | year
      # periods
      上半年                            | 上半年                | 2025-01/2025-06          | month
      下半年                            | 下半年                | 2025-07/2025-12          | month
      2024年下半年                      | 2024年下半年           | 2024-07/2024-12          | month
      第三季度                          | 第三季度               | 2025-07/2025-09          | month
      三季度                            | 三季度                | 2025-07/2025-09          | month
      今年前三季度                       | 今年前三季度            | 2025-01/2025-09          | month
      前7个月                           | 前7个月               | 2025-01/2025-07          | month
      今年前7个月                        | 今年前7个月            | 2025-01/2025-07          | month
      1至9月                           | 1至9月                | 2025-01/2025-09          | month
      1—9月份                          | 1—9月份               | 2025-01/2025-09          | month
      1至12月                          | 1至12月               | 2024                     | year
      2024年1至12月                     | 2024年1至12月          | 2024                     | year
      上周星期三到这周二                  | 上周星期三到这周二       | 2025-08-20/2025-08-26    | day
      八月份的第一个周二                  | 八月份的第一个周二       | 2025-08-05               | day
      2024年7月至9月                    | 2024年7月至9月         | 2024-07/2024-09          | month
      10月8日至10日                     | 10月8日至10日          | 2025-10-08/2025-10-10    | day
      2019年4月12-19日                  | 2019年4月12-19日       | 2019-04-12/2019-04-19    | day
      2021年至2025年                    | 2021年至2025年         | 2021/2025                | year
      18年10月1日到19年2月3日             | 18年10月1日到19年2月3日  | 2018-10-01/2019-02-03    | day
      2007年与2009年之间                 | 2007年与2009年之间       | 2007/2009                | year
      今年以来                          | 今年以来               | 2025-01-01/2025-08-28    | day
      2012年以来                        | 2012年以来             | 2012-01-01/2025-08-28    | day
      6月以来                           | 6月以来               | 2025-06-01/2025-08-28    | day
      年底前                            | 年底                  | 2025-12                  | month
      2024年底                          | 2024年底              | 2024-12                  | month
      去年底                            | 去年底                | 2024-12                  | month
      截至2024年底                       | 2024年底              | 2024-12                  | month
      今年年初                          | 今年年初               | 2025-01                  | month
      月底                             | 月底                  | 2025-08                  | month
      年初                             | 年初                  | 2025-01                  | month
      3月底                            | 3月底                 | 2025-03                  | month
      6月上旬                           | 6月上旬               | 2025-06-01/2025-06-10    | day
      1999年7月下旬                      | 1999年7月下旬          | 1999-07-21/1999-07-31    | day
      上世纪80年代                       | 上世纪80年代           | 1980/1989                | year
      19世纪70年代                       | 19世纪70年代           | 1870/1879                | year
      国庆节                            | 国庆节                | 2025-10-01               | day
      教师节                            | 教师节                | 2025-09-10               | day
      元旦                             | 元旦                  | 2025-01-01               | day
      # vague: no value
      日前                             | 日前                  |                          |
      近日                             | 近日                  |                          |
      近期                             | 近期                  |                          |
      近年来                            | 近年来                |                          |
      未来五年                          | 未来                  |                          |
      """)
  void examples(String input, String text, String value, String grain) {
    List<DateMention> found = extract(input, REF);
    assertThat(found).as(input).hasSize(1);
    DateMention d = found.get(0);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.value()).isEqualTo(value);
    assertThat(d.grain()).isEqualTo(grain);
    assertThat(input.substring(d.start(), d.end())).isEqualTo(text);
    assertThat(d.rule()).startsWith("date.");
  }

  @ParameterizedTest(name = "{0} @ {1} → {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # input      | reference   | text     | value
      12月          | 2026-01-15 | 12月      | 2025-12
      今年12月       | 2026-01-15 | 今年12月   | 2026-12
      明年12月       | 2026-01-15 | 明年12月   | 2027-12
      28日          | 2025-09-03 | 28日      | 2025-08-28
      四季度         | 2026-01-15 | 四季度     | 2025-10/2025-12
      1至11月        | 2026-01-15 | 1至11月    | 2025-01/2025-11
      2月29日        | 2025-03-01 | 2月29日    | 2024-02-29
      """)
  void partialDatesLeanToThePast(String input, LocalDate ref, String text, String value) {
    List<DateMention> found = extract(input, ref);
    assertThat(found).as(input).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo(text);
    assertThat(found.get(0).value()).isEqualTo(value);
  }

  /** Without a reference date relative dates keep text and grain, with no value (corpus guide). */
  @ParameterizedTest
  @CsvSource({"今年, year", "6月10日, day", "10日, day", "本月10日, day", "上周, day", "昨天, day", "上半年, month",
      "今年以来, day", "12月, month", "去年年底, month"})
  void withoutReferenceRelativeDatesKeepTextAndGrainButNoValue(String input, String grain) {
    List<DateMention> found = extract(input, null);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo(input);
    assertThat(found.get(0).value()).isNull();
    assertThat(found.get(0).grain()).isEqualTo(grain);
  }

  @Test
  void vagueWordsHaveNoValueAndNoGrainEvenWithoutReference() {
    assertThat(extract("近日", null)).singleElement().satisfies(d -> assertThat(d.grain()).isNull());
  }

  @Test
  void absoluteDatesNeedNoReference() {
    assertThat(extract("2025年6月12日", null)).singleElement().extracting(DateMention::value).isEqualTo("2025-06-12");
    assertThat(extract("2021年至2025年", null)).singleElement().extracting(DateMention::value).isEqualTo("2021/2025");
  }

  /** Things that must NOT be extracted as dates. */
  @ParameterizedTest
  @ValueSource(strings = {
      "24年风雨兼程",
      "24小时",
      "5年来",
      "近5年来，",
      "3天",
      "3个月",
      "65岁",
      "第二十次",
      "年出口额超过1000亿美元",
      "码头投入使用后年吞吐能力将增加40万标箱",
      "增长12.5%",
      "5000年历史",
      "10日元",
      "12号线",
      "192.168.255.255",
      "查询202403073计划",
      "升高10点五度",
      "周一鸣表示",
      "本周期",
      "5G网络",
      "3日内完成",
      "携手开创未来",
      "从驼铃声声到今天的班列飞驰",
  })
  void notDates(String input) {
    assertThat(extract(input, REF)).as(input).isEmpty();
  }

  @Test
  void aYearInsideAnEventNameIsAYearNeverADay() {
    List<DateMention> found = extract("2022年北京冬奥会", REF);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("2022年");
      assertThat(d.grain()).isEqualTo("year");
    });
  }

  @Test
  void findsEveryDateInASentenceWithExactOffsets() {
    String s = "今年前7个月，中哈贸易额同比增长12%；去年12月，双方签署协议。10日，记者来到现场。";
    List<DateMention> found = extract(s, REF);
    assertThat(found).extracting(DateMention::text).containsExactly("今年前7个月", "去年12月", "10日");
    assertThat(found).extracting(DateMention::start).containsExactly(0, 20, 33);
    assertThat(found).extracting(DateMention::end).containsExactly(6, 25, 36);
  }

  @Test
  void aMonthWithoutYearTakesTheWrittenYearOfThePreviousDateInItsParagraph() {
    String s = "2024年7月至9月，完成勘察；10月8日至10日，举行会议。\n10月8日，再次会商。";
    assertThat(extract(s, LocalDate.of(2025, 9, 5))).extracting(DateMention::value)
        .containsExactly("2024-07/2024-09", "2024-10-08/2024-10-10", "2025-10-08");
  }

  @Test
  void dangTianIsTheDayNamedJustBefore() {
    String s = "二〇二五年九月三日，三国签署协议。当天，部长接受采访。";
    assertThat(extract(s, LocalDate.of(2025, 9, 5))).extracting(DateMention::value)
        .containsExactly("2025-09-03", "2025-09-03");
  }

  @Test
  void ruleIdsAreUnique() {
    List<String> ids = extractor.ruleIds();
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    assertThat(ids).allMatch(id -> id.startsWith("date."));
  }
}
