package io.xinwen.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinwen.model.Article;
import io.xinwen.model.DateMention;
import io.xinwen.testing.Corpus;
import io.xinwen.testing.CorpusCase;
import io.xinwen.testing.Score;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Date precision/recall against every {@code corpus/*.gold.json}: a date counts when its (text,
 * value) pair matches a gold one, as a multiset per article. Fails below 0.95.
 */
class DateCorpusTest {
  private static final double FLOOR = 0.95;

  @Test
  void corpusDates() {
    List<CorpusCase> cases = Corpus.cases();
    assertThat(cases).as("corpus articles").isNotEmpty();
    Score total = Score.ZERO;
    System.out.printf("%-36s %s%n", "article", "dates");
    for (CorpusCase c : cases) {
      Article a = Corpus.process(c);
      List<String> predicted = new ArrayList<>();
      for (DateMention d : a.dates()) predicted.add(key(d.text(), d.value()));
      List<String> gold = new ArrayList<>();
      for (JsonNode d : c.gold().path("dates")) gold.add(key(d.path("text").asText(), d.path("value").isNull() ? null : d.path("value").asText()));
      Score s = Score.multiset(predicted, gold);
      total = total.plus(s);
      System.out.printf("%-36s %s%n", c.name(), s);
      if (s.fp() + s.fn() > 0) {
        List<String> extra = new ArrayList<>(predicted);
        gold.forEach(extra::remove);
        List<String> missed = new ArrayList<>(gold);
        predicted.forEach(missed::remove);
        System.out.println("    extra:  " + extra);
        System.out.println("    missed: " + missed);
      }
    }
    System.out.printf("%-36s %s%n", "ALL", total);
    assertThat(total.precision()).as("date precision").isGreaterThanOrEqualTo(FLOOR);
    assertThat(total.recall()).as("date recall").isGreaterThanOrEqualTo(FLOOR);
  }

  private static String key(String text, String value) {
    return text + "=" + value;
  }
}
