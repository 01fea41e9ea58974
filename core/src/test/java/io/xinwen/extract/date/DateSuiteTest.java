package io.xinwen.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinwen.extract.ExtractionContext;
import io.xinwen.model.DateMention;
import io.xinwen.testing.Score;
import io.xinwen.testing.SuiteCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the date cases of {@code ../shared/data/extraction-suites/} (skipped when absent). A case is
 * right when every expected date is found with an accepted value and nothing else is extracted; an
 * extracted date matches an expected one by value, and must overlap the expected text where the
 * suite gives one. Floors are the levels reached; the misses are the cases where the suite's
 * convention differs from mainland news usage (future-leaning dates, lunar dates, durations as
 * dates, enumerations), listed in the branch report.
 */
class DateSuiteTest {
  private final DateExtractor extractor = new DateExtractor();

  @ParameterizedTest
  @CsvSource({"duckling.date.jsonl, 0.81", "jionlp.date.jsonl, 0.65", "recognizers.date.jsonl, 0.92"})
  void suite(String file, double floor) {
    Optional<List<SuiteCase>> cases = SuiteCase.load(file);
    assumeTrue(cases.isPresent(), "extraction suites absent");
    int right = 0;
    Score score = Score.ZERO;
    List<String> misses = new ArrayList<>();
    for (SuiteCase c : cases.get()) {
      List<DateMention> found = extractor.extract(ExtractionContext.of(c.input(), c.reference()));
      Score s = score(c, found);
      score = score.plus(s);
      if (s.fp() == 0 && s.fn() == 0) right++;
      else misses.add(c.input() + " @" + c.reference() + " → " + found.stream().map(d -> d.text() + "=" + d.value()).toList());
    }
    double accuracy = (double) right / cases.get().size();
    System.out.printf("%-24s cases %3d/%3d = %.3f  items %s%n", file, right, cases.get().size(), accuracy, score);
    misses.forEach(m -> System.out.println("  miss: " + m));
    assertThat(cases.get()).isNotEmpty();
    assertThat(accuracy).as(file + " case accuracy").isGreaterThanOrEqualTo(floor);
  }

  private static Score score(SuiteCase c, List<DateMention> found) {
    List<DateMention> left = new ArrayList<>(found);
    int tp = 0;
    for (JsonNode e : c.expected()) {
      DateMention hit = null;
      for (DateMention d : left) {
        if (accepted(e, d) && overlaps(c.input(), e, d)) {
          hit = d;
          break;
        }
      }
      if (hit != null) {
        left.remove(hit);
        tp++;
      }
    }
    return new Score(tp, left.size(), c.expected().size() - tp);
  }

  private static boolean accepted(JsonNode expected, DateMention d) {
    for (JsonNode a : expected.path("contract").path("accept")) {
      if (a.asText().equals(d.value())) return true;
    }
    return false;
  }

  private static boolean overlaps(String input, JsonNode expected, DateMention d) {
    if (!expected.path("text").isTextual()) return true;
    int at = input.indexOf(expected.get("text").asText());
    if (at < 0) return true;
    int end = at + expected.get("text").asText().length();
    return d.start() < end && at < d.end();
  }
}
