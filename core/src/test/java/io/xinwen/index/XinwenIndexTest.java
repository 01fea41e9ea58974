package io.xinwen.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xinwen.model.Article;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact hit sets over the hand-built three-article fixture (see {@link TestArticles#fixture()}). */
class XinwenIndexTest {
  @TempDir Path dir;
  XinwenIndex index;

  @BeforeEach
  void build() {
    index = XinwenIndex.open(dir);
    TestArticles.fixture().forEach(index::add);
    index.commit();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private Set<String> articles(String text) {
    return ids(index.search(SearchQuery.of(text)));
  }

  private static Set<String> ids(Hits<ArticleHit> hits) {
    return hits.hits().stream().map(h -> h.article().id()).collect(Collectors.toSet());
  }

  /** Fact hits as "articleId:text". */
  private Set<String> facts(FactQuery.Builder q) {
    Hits<FactHit> hits = index.facts(q.limit(100).build());
    assertThat(hits.total()).isEqualTo(hits.hits().size());
    return hits.hits().stream().map(h -> h.article().id() + ":" + h.text()).collect(Collectors.toSet());
  }

  @Test
  void textSearchFindsExactlyTheArticlesContainingThePhrase() {
    assertThat(articles("光伏")).containsExactlyInAnyOrder("a1", "a2");
    assertThat(articles("出口")).containsExactlyInAnyOrder("a2", "a3");
    assertThat(articles("粮食出口")).containsExactly("a3");
    assertThat(articles("光伏 AND 经济")).containsExactly("a2");
    assertThat(articles("光伏 OR 粮食")).containsExactlyInAnyOrder("a1", "a2", "a3");
    assertThat(articles("火星")).isEmpty();
  }

  @Test
  void searchFiltersByCountryAndPublishedRange() {
    assertThat(ids(index.search(new SearchQuery("光伏", "UZ", null, null, 10)))).containsExactly("a1");
    assertThat(ids(index.search(new SearchQuery("光伏", "pk", null, null, 10)))).containsExactly("a2");
    assertThat(ids(index.search(new SearchQuery("出口", "CN", null, null, 10)))).containsExactlyInAnyOrder("a2", "a3");
    assertThat(ids(index.search(new SearchQuery("光伏", null, LocalDate.of(2025, 1, 1), null, 10)))).containsExactly("a1");
    assertThat(ids(index.search(new SearchQuery("出口", null, LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 10), 10))))
        .containsExactly("a2");
  }

  @Test
  void snippetsHighlightExactOffsetsInTheArticleText() {
    Map<String, Article> byId = TestArticles.fixture().stream().collect(Collectors.toMap(Article::id, a -> a));
    Hits<ArticleHit> hits = index.search(SearchQuery.of("光伏"));
    assertThat(hits.total()).isEqualTo(2);
    for (ArticleHit h : hits.hits()) {
      String text = byId.get(h.article().id()).text();
      assertThat(h.snippets()).isNotEmpty();
      int highlights = 0;
      for (Snippet s : h.snippets()) {
        assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        assertThat(s.text()).doesNotContain("\n");
        for (Span span : s.highlights()) {
          assertThat(text.substring(span.start(), span.end())).isEqualTo("光伏");
          highlights++;
        }
      }
      int occurrences = text.split("光伏", -1).length - 1;
      assertThat(highlights).isEqualTo(occurrences);
    }
    ArticleHit a2 = hits.hits().stream().filter(h -> h.article().id().equals("a2")).findFirst().orElseThrow();
    assertThat(a2.snippets()).singleElement().satisfies(s -> {
      assertThat(s.text()).isEqualTo("当地新建光伏项目装机容量500兆瓦。");
      assertThat(s.marked("[", "]")).isEqualTo("当地新建[光伏]项目装机容量500兆瓦。");
    });
    assertThat(a2.article().title()).isEqualTo("巴基斯坦经济稳步复苏");
    assertThat(a2.article().source()).isEqualTo("test/a2.txt");
    assertThat(a2.article().published()).isEqualTo(LocalDate.of(2024, 3, 10));
    assertThat(a2.countries()).containsExactly("PK", "CN");
  }

  @Test
  void moneyByUnitAndAmountRange() {
    assertThat(facts(FactQuery.builder().kind("money").unit("USD").min(new BigDecimal("1e9"))))
        .containsExactlyInAnyOrder("a1:超12亿美元", "a2:50亿美元");
    assertThat(facts(FactQuery.builder().kind("money").max(new BigDecimal("1e9"))))
        .containsExactly("a3:约8亿美元");
    assertThat(facts(FactQuery.builder().min(new BigDecimal("1200000000")).max(new BigDecimal("5000000000"))))
        .containsExactlyInAnyOrder("a1:超12亿美元", "a2:50亿美元");
    assertThat(facts(FactQuery.builder().unit("%"))).containsExactlyInAnyOrder("a1:15.5%", "a3:30%");
    assertThat(facts(FactQuery.builder().unit("MW"))).containsExactly("a2:500兆瓦");
    assertThat(facts(FactQuery.builder().kind("money").unit("EUR"))).isEmpty();
  }

  @Test
  void countryFilterMatchesTheSentenceOrTheSpeaker() {
    assertThat(facts(FactQuery.builder().kind("money").unit("USD").min(new BigDecimal("1e9")).country("UZ")))
        .containsExactly("a1:超12亿美元");
    assertThat(facts(FactQuery.builder().country("KZ")))
        .containsExactlyInAnyOrder("a3:约1200万吨", "a3:30%", "a3:2024年");
    assertThat(facts(FactQuery.builder().country("CN").country("UZ")))
        .containsExactly("a1:超12亿美元");
    // a3's unnamed official is Pakistani though the sentence names no country
    assertThat(facts(FactQuery.builder().kind("quote").country("PK")))
        .containsExactlyInAnyOrder("a2:中巴经济走廊为两国带来了实实在在的好处。", "a3:合作前景广阔。");
  }

  @Test
  void dateRangeOverlapsTheFactsDateSpan() {
    // percent facts in 2024: both sentences name 2024年
    assertThat(facts(FactQuery.builder().kind("percent").from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 12, 31))))
        .containsExactlyInAnyOrder("a1:15.5%", "a3:30%");
    // money in 2024: only a2's sentence has a date (今年1月至2月 = 2024-01/2024-02); the others fall back to published
    assertThat(facts(FactQuery.builder().kind("money").from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 12, 31))))
        .containsExactly("a2:50亿美元");
    assertThat(facts(FactQuery.builder().kind("money").from(LocalDate.of(2024, 2, 29)).to(LocalDate.of(2024, 3, 1))))
        .containsExactly("a2:50亿美元");
    assertThat(facts(FactQuery.builder().kind("money").from(LocalDate.of(2024, 3, 1)).to(LocalDate.of(2024, 12, 31))))
        .isEmpty();
    assertThat(facts(FactQuery.builder().kind("money").from(LocalDate.of(2025, 1, 5)).to(LocalDate.of(2025, 1, 5))))
        .containsExactly("a3:约8亿美元");
    assertThat(facts(FactQuery.builder().kind("date").from(LocalDate.of(2026, 1, 1))))
        .containsExactly("a1:明年");
    assertThat(facts(FactQuery.builder().kind("date").to(LocalDate.of(2024, 1, 31))))
        .containsExactlyInAnyOrder("a1:2024年", "a2:今年1月至2月", "a3:2024年");
  }

  @Test
  void speakerAndQuoteFields() {
    assertThat(facts(FactQuery.builder().speaker("谢赫"))).containsExactly("a2:中巴经济走廊为两国带来了实实在在的好处。");
    assertThat(facts(FactQuery.builder().speaker("谢"))).isEmpty();
    FactHit q = index.facts(FactQuery.builder().speaker("米尔扎马赫穆多夫").build()).hits().get(0);
    assertThat(q.kind()).isEqualTo("quote");
    assertThat(q.approx()).isEqualTo("indirect");
    assertThat(q.speaker().title()).isEqualTo("部长");
    assertThat(q.speaker().organization()).isEqualTo("乌兹别克斯坦能源部");
    assertThat(q.speaker().country()).isEqualTo("UZ");
    assertThat(q.sentence()).isEqualTo("乌兹别克斯坦能源部长米尔扎马赫穆多夫表示，光伏电站将于明年投产。");
    assertThat(q.countries()).containsExactly("UZ");
    assertThat(q.dates()).containsExactly("2026");
    assertThat(q.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(q.to()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void factHitCarriesSentenceOffsetsAndArticle() {
    Article a1 = TestArticles.fixture().get(0);
    FactHit h = index.facts(FactQuery.builder().kind("money").country("UZ").build()).hits().get(0);
    assertThat(h.text()).isEqualTo("超12亿美元");
    assertThat(h.value()).isEqualByComparingTo("1200000000");
    assertThat(h.value().toPlainString()).isEqualTo("1200000000");
    assertThat(h.unit()).isEqualTo("USD");
    assertThat(h.approx()).isEqualTo("over");
    assertThat(a1.text().substring(h.start(), h.end())).isEqualTo("超12亿美元");
    assertThat(h.rawStart()).isEqualTo(h.start());
    assertThat(h.sentence()).isEqualTo("新华社塔什干8月27日电 乌兹别克斯坦与中国企业签署协议，投资额超12亿美元。");
    assertThat(a1.text().substring(h.sentenceStart(), h.sentenceStart() + h.sentence().length())).isEqualTo(h.sentence());
    assertThat(h.countries()).containsExactly("UZ", "CN");
    assertThat(h.dates()).isEmpty();
    assertThat(h.from()).isEqualTo(LocalDate.of(2025, 8, 28));
    assertThat(h.rule()).isEqualTo("test.money");
    assertThat(h.article()).isEqualTo(new ArticleRef("a1", "中乌光伏合作再上新台阶", "test/a1.txt", LocalDate.of(2025, 8, 28)));
  }

  @Test
  void textOverSentencesAndCombinedQueries() {
    assertThat(facts(FactQuery.builder().text("光伏")))
        .containsExactlyInAnyOrder("a1:光伏电站将于明年投产。", "a1:明年", "a2:500兆瓦");
    assertThat(facts(FactQuery.builder().text("光伏").kind("quantity"))).containsExactly("a2:500兆瓦");
    assertThat(facts(FactQuery.builder().kind("percent").country("KZ").min(new BigDecimal("20"))))
        .containsExactly("a3:30%");
    assertThat(facts(FactQuery.builder().kind("percent").country("KZ").min(new BigDecimal("30.5")))).isEmpty();
    assertThat(facts(FactQuery.builder().kind("quote").country("UZ").from(LocalDate.of(2026, 1, 1)).text("电站")))
        .containsExactly("a1:光伏电站将于明年投产。");
  }

  @Test
  void factsAreOrderedNewestArticleFirstThenByPosition() {
    List<String> order = index.facts(FactQuery.builder().limit(100).build()).hits().stream()
        .map(h -> h.article().id() + ":" + h.start()).toList();
    assertThat(order).hasSize(14);
    assertThat(order.stream().map(s -> s.substring(0, 2)).distinct().toList()).containsExactly("a1", "a3", "a2");
    Hits<FactHit> limited = index.facts(FactQuery.builder().limit(2).build());
    assertThat(limited.total()).isEqualTo(14);
    assertThat(limited.hits()).hasSize(2);
  }

  @Test
  void statsAndFacets() {
    IndexStats s = index.stats(10);
    assertThat(s.articles()).isEqualTo(3);
    assertThat(s.facts()).isEqualTo(14);
    assertThat(s.kinds()).isEqualTo(Map.of("money", 3L, "percent", 2L, "quantity", 2L, "date", 4L, "quote", 3L));
    assertThat(s.countries()).isEqualTo(Map.of("CN", 3L, "UZ", 1L, "PK", 1L, "KZ", 1L));
    assertThat(s.countries().keySet().iterator().next()).isEqualTo("CN");
    assertThat(s.years()).isEqualTo(Map.of("2025", 2L, "2024", 1L));
    assertThat(s.units()).isEqualTo(Map.of("USD", 3L, "%", 2L, "MW", 1L, "t", 1L));
    assertThat(s.speakers()).isEqualTo(Map.of("谢赫", 1L, "米尔扎马赫穆多夫", 1L));
    assertThat(index.factFacets(FactQuery.builder().kind("money").build(), Facet.COUNTRY, 10))
        .isEqualTo(Map.of("UZ", 1L, "CN", 2L, "PK", 1L));
    assertThat(index.factFacets(FactQuery.builder().build(), Facet.YEAR, 10))
        .isEqualTo(Map.of("2024", 9L, "2025", 3L, "2026", 2L));
  }
}
