package io.xinwen.extract.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinwen.extract.ExtractionContext;
import io.xinwen.model.Amount;
import io.xinwen.testing.SuiteCase;
import io.xinwen.text.Normalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The money, percent and quantity cases of {@code shared/data/extraction-suites} (skipped when the
 * folder is absent). A case is right when every expected item is found with its kind, value and
 * unit (and approx where the suite states one) and nothing else of that kind is extracted. Prints
 * case accuracy and item precision/recall per file; fails below the accuracy reached so far.
 */
class AmountSuiteTest {
  private static final AmountExtractor EXTRACTOR = new AmountExtractor();
  private static final Normalizer NORMALIZER = new Normalizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "jionlp.money.jsonl,         money,    0.875",
    "recognizers.money.jsonl,    money,    0.916",
    "recognizers.percent.jsonl,  percent,  1.0",
    "recognizers.quantity.jsonl, quantity, 0.714",
    "duckling.quantity.jsonl,    quantity, 0.857",
  })
  void caseAccuracy(String file, String kind, double floor) {
    Optional<List<SuiteCase>> loaded = SuiteCase.load(file);
    assumeTrue(loaded.isPresent(), "extraction suites absent");
    List<SuiteCase> cases = loaded.get();
    assertThat(cases).as(file).isNotEmpty();
    int right = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    StringBuilder wrong = new StringBuilder();
    for (SuiteCase c : cases) {
      String text = NORMALIZER.normalize(c.input()).text();
      List<Amount> found = new ArrayList<>();
      for (Amount a : EXTRACTOR.extract(ExtractionContext.of(text, c.reference()))) {
        if (a.kind().equals(kind)) found.add(a);
      }
      List<Amount> extra = new ArrayList<>(found);
      int missing = 0;
      for (JsonNode e : c.expected()) {
        Amount hit = extra.stream().filter(a -> matches(a, e.path("contract"))).findFirst().orElse(null);
        if (hit == null) missing++;
        else extra.remove(hit);
      }
      tp += c.expected().size() - missing;
      fn += missing;
      fp += extra.size();
      if (missing == 0 && extra.isEmpty()) right++;
      else wrong.append("  wrong ").append(c.input()).append(" → ").append(describe(found)).append('\n');
    }
    double accuracy = (double) right / cases.size();
    double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    System.out.printf("%-28s cases %3d/%3d = %.3f   items P=%.3f R=%.3f%n", file, right, cases.size(), accuracy, p, r);
    System.out.print(wrong);
    assertThat(accuracy).as(file + " case accuracy").isGreaterThanOrEqualTo(floor);
  }

  private static boolean matches(Amount a, JsonNode contract) {
    BigDecimal value = contract.get("value").decimalValue();
    if (a.value().compareTo(value) != 0) return false;
    if (!a.unit().equals(contract.path("unit").asText())) return false;
    if (!a.kind().equals(contract.path("kind").asText())) return false;
    JsonNode approx = contract.path("approx");
    return approx.isNull() || approx.isMissingNode() || a.approx().equals(approx.asText());
  }

  private static String describe(List<Amount> found) {
    List<String> out = new ArrayList<>();
    for (Amount a : found) out.add(a.text() + "=" + a.value().toPlainString() + " " + a.unit() + " " + a.approx());
    return out.toString();
  }
}
