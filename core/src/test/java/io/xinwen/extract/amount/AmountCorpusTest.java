package io.xinwen.extract.amount;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinwen.model.Amount;
import io.xinwen.model.Article;
import io.xinwen.testing.Corpus;
import io.xinwen.testing.CorpusCase;
import io.xinwen.testing.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall per amount kind against every {@code corpus/*.gold.json}: an amount is
 * right when (kind, value, valueMax, unit, approx) matches a gold amount, as a multiset per article,
 * values compared numerically. Fails below 0.95 precision or recall for any kind.
 */
class AmountCorpusTest {
  private static final double THRESHOLD = 0.95;
  private static final List<String> KINDS = List.of(Amount.MONEY, Amount.PERCENT, Amount.QUANTITY);

  @Test
  void precisionAndRecallPerKind() {
    List<CorpusCase> cases = Corpus.cases();
    assertThat(cases).as("corpus articles").isNotEmpty();
    Map<String, Score> byKind = new LinkedHashMap<>();
    KINDS.forEach(k -> byKind.put(k, Score.ZERO));
    StringBuilder misses = new StringBuilder();
    for (CorpusCase c : cases) {
      Article article = Corpus.process(c);
      for (String kind : KINDS) {
        List<String> predicted = new ArrayList<>();
        for (Amount a : article.amounts()) {
          if (a.kind().equals(kind)) predicted.add(key(kind, a.value(), a.valueMax(), a.unit(), a.approx()));
        }
        List<String> gold = new ArrayList<>();
        for (JsonNode g : c.gold().path("amounts")) {
          if (!g.path("kind").asText().equals(kind)) continue;
          gold.add(key(kind, decimal(g.get("value")), decimal(g.get("valueMax")), g.path("unit").asText(null),
              g.path("approx").asText(null)));
        }
        Score s = Score.multiset(predicted, gold);
        byKind.put(kind, byKind.get(kind).plus(s));
        if (s.fp() + s.fn() > 0) misses.append(diff(c.name(), predicted, gold));
      }
    }
    System.out.println("amounts vs corpus gold (" + cases.size() + " articles)");
    System.out.printf("%-9s %6s %6s %6s %5s %5s %5s%n", "kind", "P", "R", "F1", "tp", "fp", "fn");
    byKind.forEach((k, s) -> System.out.printf("%-9s %6.3f %6.3f %6.3f %5d %5d %5d%n",
        k, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn()));
    System.out.print(misses);
    byKind.forEach((k, s) -> {
      assertThat(s.precision()).as(k + " precision").isGreaterThanOrEqualTo(THRESHOLD);
      assertThat(s.recall()).as(k + " recall").isGreaterThanOrEqualTo(THRESHOLD);
    });
  }

  private static String diff(String article, List<String> predicted, List<String> gold) {
    List<String> extra = new ArrayList<>(predicted);
    List<String> missing = new ArrayList<>();
    for (String g : gold) {
      if (!extra.remove(g)) missing.add(g);
    }
    StringBuilder b = new StringBuilder();
    extra.forEach(e -> b.append("  ").append(article).append(" extra   ").append(e).append('\n'));
    missing.forEach(m -> b.append("  ").append(article).append(" missing ").append(m).append('\n'));
    return b.toString();
  }

  static String key(String kind, BigDecimal value, BigDecimal valueMax, String unit, String approx) {
    return kind + "|" + plain(value) + "|" + plain(valueMax) + "|" + unit + "|" + approx;
  }

  private static String plain(BigDecimal v) {
    return v == null ? "null" : v.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal decimal(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) return null;
    return n.isNumber() ? n.decimalValue() : new BigDecimal(n.asText());
  }
}
