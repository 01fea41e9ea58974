package io.xinwen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinwen.Xinwen;
import io.xinwen.model.Article;
import io.xinwen.model.Caption;
import io.xinwen.testing.Corpus;
import io.xinwen.testing.CorpusCase;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The layout parser recovers the gold structure of every corpus article (no date forced). */
class CorpusStructureTest {
  static List<CorpusCase> cases() {
    return Corpus.cases();
  }

  @Test
  void corpusHoldsAtLeastTwelveArticles() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(12);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void structureMatchesGold(CorpusCase c) {
    Article a = Xinwen.pipeline().build().process(c.raw());
    JsonNode g = c.gold();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(a.title()).as("title").isEqualTo(text(g, "title"));
    soft.assertThat(a.subtitle()).as("subtitle").isEqualTo(text(g, "subtitle"));
    soft.assertThat(a.authors()).as("authors").containsExactlyElementsOf(strings(g.path("authors")));
    soft.assertThat(a.sections()).as("sections").containsExactlyInAnyOrderElementsOf(strings(g.path("sections")));
    soft.assertThat(str(a.published())).as("published").isEqualTo(text(g, "published"));
    soft.assertThat(str(a.referenceDate())).as("referenceDate").isEqualTo(text(g, "referenceDate"));
    JsonNode d = g.path("dateline");
    if (d.isNull() || d.isMissingNode()) {
      soft.assertThat(a.dateline()).as("dateline").isNull();
    } else {
      soft.assertThat(a.dateline()).as("dateline").isNotNull();
      if (a.dateline() != null) {
        soft.assertThat(a.dateline().agency()).as("dateline.agency").isEqualTo(text(d, "agency"));
        soft.assertThat(a.dateline().place()).as("dateline.place").isEqualTo(text(d, "place"));
        soft.assertThat(a.dateline().date()).as("dateline.date").isEqualTo(text(d, "date"));
        soft.assertThat(a.dateline().text()).as("dateline.text").isEqualTo(text(d, "text"));
      }
    }
    List<Caption> gold = new ArrayList<>();
    g.path("captions").forEach(n -> gold.add(new Caption(text(n, "text"), text(n, "credit"), text(n, "agency"))));
    soft.assertThat(a.captions()).as("captions").containsExactlyInAnyOrderElementsOf(gold);
    soft.assertAll();
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isTextual() ? v.asText() : null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
