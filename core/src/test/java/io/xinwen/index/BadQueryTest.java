package io.xinwen.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad query fails with an {@link InvalidQueryException} naming the parameter. */
class BadQueryTest {
  @TempDir Path dir;

  private static void rejects(String parameter, String message, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageStartingWith(parameter + ": ")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InvalidQueryException) e).parameter()).isEqualTo(parameter));
  }

  @Test
  void unknownKind() {
    rejects("kind", "unknown kind 'moneys' (one of money, percent, quantity, date, quote)", () -> FactQuery.builder().kind("moneys").build());
    assertThat(FactQuery.builder().kind(" Money ").build().kind()).isEqualTo("money");
  }

  @Test
  void malformedDates() {
    rejects("from", "not a date: '2025-13'", () -> QueryValues.date("from", "2025-13", false));
    rejects("to", "not a date: '2025/07/01'", () -> QueryValues.date("to", "2025/07/01", true));
    rejects("from", "not a date: 'yesterday'", () -> QueryValues.date("from", "yesterday", false));
    rejects("from", "is after to", () -> FactQuery.builder().from(LocalDate.of(2025, 2, 1)).to(LocalDate.of(2025, 1, 1)).build());
    rejects("from", "is after to", () -> new SearchQuery("光伏", null, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), 5));
  }

  @Test
  void goodDatesCoverTheirPeriod() {
    assertThat(QueryValues.date("from", "2024", false)).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(QueryValues.date("to", "2024", true)).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(QueryValues.date("to", "2024-02", true)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(QueryValues.date("from", "2024-02-03", false)).isEqualTo(LocalDate.of(2024, 2, 3));
    assertThat(QueryValues.date("from", null, false)).isNull();
  }

  @Test
  void malformedNumbers() {
    rejects("min", "not a number: 'lots'", () -> QueryValues.number("min", "lots"));
    rejects("max", "not a number: '1e9x'", () -> QueryValues.number("max", "1e9x"));
    rejects("min", "is greater than max", () -> FactQuery.builder().min(BigDecimal.TEN).max(BigDecimal.ONE).build());
    assertThat(QueryValues.number("min", "1e9")).isEqualByComparingTo("1000000000");
    assertThat(QueryValues.number("min", "1,200")).isEqualByComparingTo("1200");
    assertThat(QueryValues.number("min", "10亿")).isEqualByComparingTo("1000000000");
  }

  @Test
  void badCountriesAndLimits() {
    rejects("country", "not an ISO 3166-1 alpha-2 code: 'Pakistan'", () -> FactQuery.builder().country("Pakistan").build());
    rejects("country", "not an ISO 3166-1 alpha-2 code: 'XX'", () -> new SearchQuery("光伏", "XX", null, null, 5));
    rejects("limit", "must be at least 1, was 0", () -> FactQuery.builder().limit(0).build());
    rejects("text", "a search needs query text", () -> SearchQuery.of("  "));
    assertThat(FactQuery.builder().country("uz").build().countries()).containsExactly("UZ");
  }

  @Test
  void unparsableQueryText() {
    try (XinwenIndex index = XinwenIndex.open(dir)) {
      TestArticles.fixture().forEach(index::add);
      rejects("text", "cannot parse '光伏 AND ('", () -> index.search(SearchQuery.of("光伏 AND (")));
      rejects("text", "cannot parse '\"光伏'", () -> index.facts(FactQuery.builder().text("\"光伏").build()));
      rejects("text", "no searchable words in '，。'", () -> index.search(SearchQuery.of("，。")));
    }
  }
}
