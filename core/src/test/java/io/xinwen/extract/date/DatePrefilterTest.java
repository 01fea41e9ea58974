package io.xinwen.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.testing.Corpus;
import io.xinwen.testing.CorpusCase;
import io.xinwen.testing.SuiteCase;
import io.xinwen.testing.TestPaths;
import io.xinwen.text.Normalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The extractor tries a rule only where a character the rule {@link DateRule#needs() needs} follows
 * within reach. That is a claim about every rule's pattern; this checks it by extracting with and
 * without the prefilter over all the text at hand (corpus, every extraction suite, SIGHAN test
 * text when {@code ../shared} is present, and long spelled-out forms) and asking for the same dates.
 */
class DatePrefilterTest {
  private static final LocalDate REF = LocalDate.of(2025, 8, 28);
  private final DateExtractor fast = new DateExtractor(true);
  private final DateExtractor reference = new DateExtractor(false);

  private record Input(String text, LocalDate ref) {}

  @Test
  void prefilterChangesNoResult() throws IOException {
    List<Input> inputs = new ArrayList<>();
    for (String s : List.of(
        "二〇二四年十二月份的最后一个星期五", "二〇二四年十二月份的第三个星期五", "二〇二四年十二月三十一日至二〇二五年一月五日",
        "2024 年 12 月 31 日 至 5 日", "二〇二四年十二月份底", "2024年第四季度末", "二十一世纪二十年代初期",
        "上个季度末", "下个星期一", "本月第二周", "2025年第12周", "前三个季度", "前两个月", "五一国际劳动节",
        "2025年国庆节", "近些年来", "未来三年", "从2021-2025", "2025.6.12", "20250612", "2025 6 12", "2025-06",
        "06-12", "大大后天", "十年前", "年底", "月初", "上半年", "七月中旬", "周三上午", "2024年7月至9月")) {
      inputs.add(new Input(s, REF));
    }
    for (CorpusCase c : Corpus.cases()) inputs.add(new Input(Corpus.process(c).text(), c.referenceDate()));
    for (String suite : List.of("duckling.date.jsonl", "jionlp.date.jsonl", "recognizers.date.jsonl", "duckling.quantity.jsonl",
        "jionlp.money.jsonl", "recognizers.money.jsonl", "recognizers.percent.jsonl", "recognizers.quantity.jsonl")) {
      for (SuiteCase c : SuiteCase.load(suite).orElse(List.of())) inputs.add(new Input(c.input(), c.reference() == null ? REF : c.reference()));
    }
    Optional<Path> sighan = TestPaths.shared().map(s -> s.resolve("data/sighan2005"));
    if (sighan.isPresent() && Files.isDirectory(sighan.get())) {
      for (String f : List.of("pku_test.utf8", "msr_test.utf8")) {
        inputs.add(new Input(new Normalizer().normalize(Files.readString(sighan.get().resolve(f), StandardCharsets.UTF_8)).text(), REF));
      }
    }
    int dates = 0;
    for (Input in : inputs) {
      ExtractionContext ctx = ExtractionContext.of(in.text(), in.ref());
      var expected = reference.extract(ctx);
      assertThat(fast.extract(ctx)).as(in.text().length() > 60 ? in.text().substring(0, 60) + "…" : in.text()).isEqualTo(expected);
      dates += expected.size();
    }
    // the corpus alone has about 200 dates; the suites and SIGHAN text (../shared) add well over a thousand
    assertThat(dates).as("dates compared").isGreaterThan(TestPaths.shared().isPresent() ? 1000 : 150);
  }
}
