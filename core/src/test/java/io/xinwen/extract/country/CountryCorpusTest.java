package io.xinwen.extract.country;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinwen.model.Article;
import io.xinwen.model.Country;
import io.xinwen.model.Mention;
import io.xinwen.testing.Corpus;
import io.xinwen.testing.CorpusCase;
import io.xinwen.testing.Score;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Countries against every corpus gold file: document level (the set of codes) and mention level
 * (the multiset of code + mention text), through the whole pipeline. Fails below 0.95.
 */
class CountryCorpusTest {
  private static final double THRESHOLD = 0.95;

  @Test
  void countriesMatchTheGold() {
    List<CorpusCase> cases = Corpus.cases();
    assertThat(cases).as("corpus articles").isNotEmpty();
    Score documents = Score.ZERO;
    Score mentions = Score.ZERO;
    StringBuilder table = new StringBuilder(String.format("%-36s %-28s %-28s%n", "article", "documents", "mentions"));
    for (CorpusCase c : cases) {
      Article article = Corpus.process(c);
      Score d = Score.multiset(List.copyOf(predictedCodes(article)), List.copyOf(goldCodes(c.gold())));
      Score m = Score.multiset(predictedMentions(article), goldMentions(c.gold()));
      documents = documents.plus(d);
      mentions = mentions.plus(m);
      table.append(String.format("%-36s %-28s %-28s%n", c.name(), brief(d), brief(m)));
      if (m.fp() + m.fn() > 0) {
        table.append("    missing ").append(difference(goldMentions(c.gold()), predictedMentions(article)))
            .append("\n    extra   ").append(difference(predictedMentions(article), goldMentions(c.gold()))).append('\n');
      }
    }
    table.append(String.format("%-36s %-28s %-28s%n", "TOTAL", brief(documents), brief(mentions)));
    table.append("documents ").append(documents).append('\n').append("mentions  ").append(mentions).append('\n');
    System.out.println(table);
    assertThat(documents.precision()).as("document precision").isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(documents.recall()).as("document recall").isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(mentions.precision()).as("mention precision").isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(mentions.recall()).as("mention recall").isGreaterThanOrEqualTo(THRESHOLD);
  }

  private static Set<String> predictedCodes(Article a) {
    Set<String> out = new LinkedHashSet<>();
    for (Country c : a.countries()) out.add(c.code());
    return out;
  }

  private static Set<String> goldCodes(JsonNode gold) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode c : gold.path("countries")) out.add(c.path("code").asText());
    return out;
  }

  private static List<String> predictedMentions(Article a) {
    List<String> out = new ArrayList<>();
    for (Country c : a.countries()) {
      for (Mention m : c.mentions()) out.add(c.code() + " " + m.text());
    }
    return out;
  }

  private static List<String> goldMentions(JsonNode gold) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : gold.path("countries")) {
      for (JsonNode m : c.path("mentions")) out.add(c.path("code").asText() + " " + m.asText());
    }
    return out;
  }

  /** Elements of {@code a} not matched in {@code b}, as multisets. */
  private static List<String> difference(List<String> a, List<String> b) {
    List<String> left = new ArrayList<>(b);
    List<String> out = new ArrayList<>();
    for (String x : a) {
      if (!left.remove(x)) out.add(x);
    }
    return out;
  }

  private static String brief(Score s) {
    return String.format("P=%.3f R=%.3f (%d/%d/%d)", s.precision(), s.recall(), s.tp(), s.fp(), s.fn());
  }
}
