package io.xinwen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static final String TEXT = "标题一行\n他说：“我们很高兴。”增长5%。明年再来！\n第三段没有句号";

  private static String sentence(String fact) {
    int s = TEXT.indexOf(fact);
    Span sp = Sentences.sentence(TEXT, s, s + fact.length());
    return TEXT.substring(sp.start(), sp.end());
  }

  @Test
  void sentenceEndsAfterTerminatorsAndClosingQuotesAndAtLineEnds() {
    assertThat(sentence("标题")).isEqualTo("标题一行");
    assertThat(sentence("高兴")).isEqualTo("他说：“我们很高兴。”");
    assertThat(sentence("我们很高兴。")).isEqualTo("他说：“我们很高兴。”");
    assertThat(sentence("5%")).isEqualTo("增长5%。");
    assertThat(sentence("明年")).isEqualTo("明年再来！");
    assertThat(sentence("句号")).isEqualTo("第三段没有句号");
    assertThat(sentence("增长5%。明年")).isEqualTo("增长5%。明年再来！");
    assertThat(Sentences.boundaries(TEXT)).containsExactly(0, 5, 16, 21, 26, 27, 34);
  }

  @Test
  void paragraphIsTheLine() {
    int s = TEXT.indexOf("5%");
    Span p = Sentences.paragraph(TEXT, s, s + 2);
    assertThat(TEXT.substring(p.start(), p.end())).isEqualTo("他说：“我们很高兴。”增长5%。明年再来！");
    Span first = Sentences.paragraph(TEXT, 0, 2);
    assertThat(TEXT.substring(first.start(), first.end())).isEqualTo("标题一行");
  }

  @Test
  void datePeriods() {
    assertThat(DatePeriod.parse("2025")).contains(new DatePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    assertThat(DatePeriod.parse("2024-02")).contains(new DatePeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    assertThat(DatePeriod.parse("2025-06-10")).contains(DatePeriod.of(LocalDate.of(2025, 6, 10)));
    assertThat(DatePeriod.parse("2025-01/2025-07")).contains(new DatePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 31)));
    assertThat(DatePeriod.parse("2025-Q3")).contains(new DatePeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)));
    assertThat(DatePeriod.parse("2025-H1")).contains(new DatePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
    assertThat(DatePeriod.parse("2025-W01")).contains(new DatePeriod(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 5)));
    assertThat(DatePeriod.parse("2025-07/2025-01")).isEqualTo(Optional.empty());
    assertThat(DatePeriod.parse("2025-02-30")).isEmpty();
    assertThat(DatePeriod.parse(null)).isEmpty();
    assertThat(DatePeriod.parse("明年")).isEmpty();
  }
}
