package io.xinwen.extract.person;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinwen.model.Article;
import io.xinwen.model.Mention;
import io.xinwen.model.Person;
import io.xinwen.testing.Corpus;
import io.xinwen.testing.CorpusCase;
import io.xinwen.testing.Score;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Persons against every {@code corpus/*.gold.json}: document level (the set of full names) and
 * mention level (the multiset of name and surface text). Fails below 0.95 precision or recall.
 */
class PersonCorpusTest {
  private static final double THRESHOLD = 0.95;

  @Test
  void personsMatchTheGold() {
    List<CorpusCase> cases = Corpus.cases();
    assertThat(cases).isNotEmpty();
    Score documents = Score.ZERO;
    Score mentions = Score.ZERO;
    StringBuilder table = new StringBuilder(String.format("%-32s %-44s %s%n", "article", "names", "mentions"));
    for (CorpusCase c : cases) {
      Article a = Corpus.process(c);
      List<String> predictedNames = new ArrayList<>();
      List<String> predictedMentions = new ArrayList<>();
      for (Person p : a.persons()) {
        predictedNames.add(p.name());
        for (Mention m : p.mentions()) predictedMentions.add(p.name() + "|" + m.text());
      }
      List<String> goldNames = new ArrayList<>();
      List<String> goldMentions = new ArrayList<>();
      for (JsonNode p : c.gold().path("persons")) {
        goldNames.add(p.get("name").asText());
        for (JsonNode m : p.path("mentions")) goldMentions.add(p.get("name").asText() + "|" + m.asText());
      }
      Score d = Score.multiset(new ArrayList<>(new LinkedHashSet<>(predictedNames)), new ArrayList<>(new LinkedHashSet<>(goldNames)));
      Score m = Score.multiset(predictedMentions, goldMentions);
      documents = documents.plus(d);
      mentions = mentions.plus(m);
      table.append(String.format("%-32s %-44s %s%n", c.name(), d, m));
      if (d.fp() + d.fn() + m.fp() + m.fn() > 0) {
        table.append("    predicted ").append(predictedMentions).append("\n    gold      ").append(goldMentions).append('\n');
      }
    }
    table.append(String.format("%-32s %-44s %s%n", "TOTAL", documents, mentions));
    System.out.println(table);
    assertThat(documents.tp() + documents.fn()).as("gold persons in the corpus").isPositive();
    assertThat(documents.precision()).as("document precision").isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(documents.recall()).as("document recall").isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(mentions.precision()).as("mention precision").isGreaterThanOrEqualTo(THRESHOLD);
    assertThat(mentions.recall()).as("mention recall").isGreaterThanOrEqualTo(THRESHOLD);
  }
}
