package io.xinwen.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import io.xinwen.index.ArticleHit;
import io.xinwen.index.Facet;
import io.xinwen.index.FactHit;
import io.xinwen.index.FactQuery;
import io.xinwen.index.Hits;
import io.xinwen.index.IndexStats;
import io.xinwen.index.InvalidQueryException;
import io.xinwen.index.SearchQuery;
import io.xinwen.index.XinwenIndex;
import io.xinwen.model.Article;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus indexed into the embedded Lucene index and into a 2-shard SolrCloud collection: the
 * same search and fact queries give the same results (same hits, order, values, totals, facets).
 */
@ExtendWith(SolrTestCluster.class)
class SolrParityTest {
  private static final String COLLECTION = "parity";
  private static final int ALL = 10_000;

  @TempDir static Path dir;
  private static XinwenIndex lucene;
  private static SolrIndex solr;
  private static List<Article> corpus;

  @BeforeAll
  static void indexBoth() throws Exception {
    corpus = CorpusArticles.get();
    assertThat(corpus).as("corpus articles").isNotEmpty();
    SolrTestCluster.createCollection(COLLECTION);
    lucene = XinwenIndex.open(dir.resolve("lucene"));
    // small batches, so the corpus goes out in many update requests across both shards
    solr = SolrIndex.using(SolrTestCluster.get().getSolrClient(), COLLECTION,
        new SolrIndex.Options(40, 3, Duration.ofMillis(200), Duration.ofSeconds(30)));
    for (Article a : corpus) {
      lucene.add(a);
      solr.add(a);
    }
    lucene.commit();
    solr.commit();
    assertThat(solr.failedBatches()).isEmpty();
  }

  @AfterAll
  static void close() {
    if (lucene != null) lucene.close();
    if (solr != null) solr.close();
  }

  @Test
  void sameArticlesAndFacts() {
    assertThat(lucene.articleCount()).isEqualTo(corpus.size());
    assertThat(solr.articleCount()).isEqualTo(lucene.articleCount());
    assertThat(lucene.factCount()).as("facts in the corpus").isGreaterThan(50);
    assertThat(solr.factCount()).isEqualTo(lucene.factCount());
    assertThat(solr.contains(corpus.get(0).id())).isTrue();
    assertThat(solr.contains("no-such-article")).isFalse();
  }

  @Test
  void sameStats() {
    IndexStats l = lucene.stats(10);
    IndexStats s = solr.stats(10);
    assertThat(s).isEqualTo(l);
    assertThat(l.kinds()).isNotEmpty();
    assertThat(l.years()).isNotEmpty();
  }

  static Stream<SearchQuery> searches() {
    return Stream.of(
        SearchQuery.of("中国"),
        SearchQuery.of("贸易"),
        SearchQuery.of("光伏"),
        SearchQuery.of("新能源汽车"),
        SearchQuery.of("贸易 投资"),
        SearchQuery.of("贸易 OR 港口"),
        SearchQuery.of("合作 -光伏"),
        new SearchQuery("合作", "CN", null, null, 5),
        new SearchQuery("合作", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), ALL),
        new SearchQuery("发展", "KZ", null, null, ALL),
        SearchQuery.of("不存在的词语组合"));
  }

  @ParameterizedTest
  @MethodSource("searches")
  void sameSearchHits(SearchQuery q) {
    Hits<ArticleHit> l = lucene.search(q);
    Hits<ArticleHit> s = solr.search(q);
    assertThat(s.total()).isEqualTo(l.total());
    assertThat(s.hits()).hasSameSizeAs(l.hits());
    // equal scores tie: the embedded index keeps insertion order, Solr sorts them by article id
    List<ArticleHit> ls = byScoreThenId(l.hits());
    List<ArticleHit> ss = byScoreThenId(s.hits());
    float cut = ls.isEmpty() ? 0f : ls.get(ls.size() - 1).score();
    boolean truncated = l.total() > l.hits().size();
    List<String> allHighlighted = l.hits().stream().flatMap(h -> highlighted(h).stream()).distinct().toList();
    for (int i = 0; i < ls.size(); i++) {
      ArticleHit lh = ls.get(i);
      ArticleHit sh = ss.get(i);
      assertThat(sh.score()).as("score of hit %d", i).isCloseTo(lh.score(), within(1e-4f * Math.max(1f, lh.score())));
      if (truncated && lh.score() <= cut) continue; // which of the tied last hits made the cut may differ
      assertThat(sh.article()).as("hit %d", i).isEqualTo(lh.article());
      assertThat(sh.countries()).isEqualTo(lh.countries());
      // the same sentences match; which three the highlighters show may differ (passage scoring)
      assertThat(sh.snippets()).as("snippets of %s", sh.article().id()).hasSameSizeAs(lh.snippets());
      assertThat(sh.snippets()).allSatisfy(sn -> assertThat(sn.highlights()).isNotEmpty());
      assertThat(highlighted(sh)).as("highlighted words of %s", sh.article().id()).isSubsetOf(allHighlighted);
    }
  }

  private static List<ArticleHit> byScoreThenId(List<ArticleHit> hits) {
    return hits.stream()
        .sorted(java.util.Comparator.comparing((ArticleHit h) -> -h.score()).thenComparing(h -> h.article().id()))
        .toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"。", "光伏 AND (", "\"光伏", "OR"})
  void badQueryTextFailsTheSameWay(String text) {
    Throwable l = catchThrowable(() -> lucene.search(SearchQuery.of(text)));
    Throwable s = catchThrowable(() -> solr.search(SearchQuery.of(text)));
    assertThat(l).isInstanceOf(InvalidQueryException.class);
    assertThat(s).isInstanceOf(InvalidQueryException.class).hasMessage(l.getMessage());
    FactQuery fq = FactQuery.builder().text(text).build();
    assertThat(catchThrowable(() -> solr.facts(fq))).isInstanceOf(InvalidQueryException.class)
        .hasMessage(catchThrowable(() -> lucene.facts(fq)).getMessage());
  }

  @Test
  void searchesFindSomething() {
    assertThat(lucene.search(SearchQuery.of("中国")).total()).isGreaterThan(1);
    List<ArticleHit> hits = solr.search(SearchQuery.of("贸易")).hits();
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).snippets()).isNotEmpty();
    assertThat(hits.get(0).snippets().get(0).marked("[", "]")).contains("[贸易]");
    // single-word queries: both backends show exactly the same snippets for these articles
    assertThat(hits.get(0).snippets()).isEqualTo(lucene.search(SearchQuery.of("贸易")).hits().stream()
        .filter(h -> h.article().equals(hits.get(0).article())).findFirst().orElseThrow().snippets());
  }

  static Stream<FactQuery> factQueries() {
    return Stream.of(
        FactQuery.builder().limit(ALL).build(),
        FactQuery.builder().kind("money").limit(ALL).build(),
        FactQuery.builder().kind("percent").limit(ALL).build(),
        FactQuery.builder().kind("quantity").limit(ALL).build(),
        FactQuery.builder().kind("date").limit(ALL).build(),
        FactQuery.builder().kind("quote").limit(ALL).build(),
        FactQuery.builder().kind("money").unit("USD").min(new BigDecimal("1e8")).limit(ALL).build(),
        FactQuery.builder().kind("money").max(new BigDecimal("1e9")).limit(ALL).build(),
        FactQuery.builder().unit("%").min(new BigDecimal("10")).max(new BigDecimal("50")).limit(ALL).build(),
        FactQuery.builder().country("CN").limit(ALL).build(),
        FactQuery.builder().country("CN").country("KZ").limit(ALL).build(),
        FactQuery.builder().from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 12, 31)).limit(ALL).build(),
        FactQuery.builder().kind("money").from(LocalDate.of(2025, 1, 1)).limit(ALL).build(),
        FactQuery.builder().text("贸易").limit(ALL).build(),
        FactQuery.builder().text("增长").kind("percent").limit(ALL).build(),
        FactQuery.builder().kind("quote").text("合作").limit(ALL).build(),
        FactQuery.builder().limit(7).build(),
        FactQuery.builder().text("出口").limit(3).build());
  }

  @ParameterizedTest
  @MethodSource("factQueries")
  void sameFacts(FactQuery q) {
    Hits<FactHit> l = lucene.facts(q);
    Hits<FactHit> s = solr.facts(q);
    assertThat(s.total()).isEqualTo(l.total());
    assertThat(withoutScores(s.hits())).isEqualTo(withoutScores(l.hits()));
    for (int i = 0; i < l.hits().size(); i++) {
      assertThat(s.hits().get(i).score()).isCloseTo(l.hits().get(i).score(), within(1e-4f * Math.max(1f, l.hits().get(i).score())));
    }
  }

  @Test
  void factQueriesFindFactsOfEveryKind() {
    for (String kind : List.of("money", "percent", "date")) {
      assertThat(solr.facts(FactQuery.builder().kind(kind).build()).total()).as(kind).isGreaterThan(0);
    }
    assertThat(solr.facts(FactQuery.builder().text("贸易").build()).hits()).allSatisfy(h -> assertThat(h.sentence()).contains("贸易"));
  }

  @Test
  void sameFacetsAndSpeakerQueries() {
    for (Facet f : Facet.values()) {
      FactQuery all = FactQuery.builder().build();
      assertThat(solr.factFacets(all, f, 20)).as(f.name()).isEqualTo(lucene.factFacets(all, f, 20));
      FactQuery money = FactQuery.builder().kind("money").build();
      assertThat(solr.factFacets(money, f, 3)).as(f.name()).isEqualTo(lucene.factFacets(money, f, 3));
    }
    Map<String, Long> speakers = lucene.factFacets(FactQuery.builder().kind("quote").build(), Facet.SPEAKER, 5);
    for (String speaker : speakers.keySet()) {
      FactQuery q = FactQuery.builder().speaker(speaker).limit(ALL).build();
      assertThat(withoutScores(solr.facts(q).hits())).isEqualTo(withoutScores(lucene.facts(q).hits())).isNotEmpty();
    }
  }

  private static List<FactHit> withoutScores(List<FactHit> hits) {
    List<FactHit> out = new ArrayList<>();
    for (FactHit h : hits) {
      out.add(new FactHit(h.kind(), h.text(), h.value(), h.valueMax(), h.unit(), h.approx(), h.dateValue(), h.from(), h.to(),
          h.speaker(), h.sentence(), h.sentenceStart(), h.countries(), h.dates(), h.start(), h.end(), h.rawStart(), h.rawEnd(),
          h.rule(), h.article(), 0f));
    }
    return out;
  }

  /** The distinct highlighted words of a hit's snippets (passages may be cut differently, the words may not differ). */
  private static List<String> highlighted(ArticleHit h) {
    return h.snippets().stream()
        .flatMap(sn -> sn.highlights().stream().map(sp -> sn.text().substring(sp.start() - sn.start(), sp.end() - sn.start())))
        .distinct().sorted().toList();
  }
}
