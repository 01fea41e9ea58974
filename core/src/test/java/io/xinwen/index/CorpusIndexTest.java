package io.xinwen.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xinwen.model.Amount;
import io.xinwen.model.Article;
import io.xinwen.model.Country;
import io.xinwen.model.DateMention;
import io.xinwen.model.Mention;
import io.xinwen.model.Quote;
import io.xinwen.model.Speaker;
import io.xinwen.testing.Corpus;
import io.xinwen.testing.CorpusCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus indexed two ways, every query's hit set checked against a naive in-memory oracle:
 *
 * <ol>
 *   <li><b>gold</b>: each corpus article's normalized text with its {@code *.gold.json} facts (located
 *       in the text in order) — the hit sets are those a perfect extractor would give, computed from the
 *       gold annotations alone;
 *   <li><b>pipeline</b>: {@code corpus/} through {@link ArchiveIndexer} and the real pipeline — the index
 *       must return exactly the extracted facts that satisfy each query; how those hit sets compare with
 *       the gold ones is printed (extractor quality, not index correctness).
 * </ol>
 *
 * <p>The oracle finds sentences by splitting at 。！？；!? and line ends, reads years from ISO
 * prefixes, and matches phrases as consecutive analyzer terms; it shares no code with the index
 * beyond the analyzer.
 */
class CorpusIndexTest {
  @TempDir static Path tmp;

  static List<CorpusCase> cases;
  static List<Article> gold;
  static List<Article> extracted;
  static XinwenIndex goldIndex;
  static XinwenIndex pipelineIndex;

  @BeforeAll
  static void build() {
    cases = Corpus.cases();
    assertThat(cases).as("corpus articles").isNotEmpty();
    gold = cases.stream().map(CorpusIndexTest::goldArticle).toList();
    goldIndex = XinwenIndex.open(tmp.resolve("gold"));
    gold.forEach(goldIndex::add);
    goldIndex.commit();

    pipelineIndex = XinwenIndex.open(tmp.resolve("pipeline"));
    List<Article> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    ArchiveIndexer.Summary s = new ArchiveIndexer(io.xinwen.Xinwen.pipeline().build(), 2, 5)
        .run(List.of(io.xinwen.testing.TestPaths.corpus().toString()), pipelineIndex, seen::add);
    assertThat(s.skipped()).isEmpty();
    extracted = seen.stream().sorted(Comparator.comparing(Article::id)).toList();
  }

  @org.junit.jupiter.api.AfterAll
  static void close() {
    if (goldIndex != null) goldIndex.close();
    if (pipelineIndex != null) pipelineIndex.close();
  }

  // ---- the gold articles

  /** The pipeline's text and dates with the gold facts, each located at its next occurrence in the text. */
  static Article goldArticle(CorpusCase c) {
    Article p = Corpus.process(c);
    String text = p.text();
    JsonNode g = c.gold();
    LocalDate published = g.path("published").isTextual() ? LocalDate.parse(g.get("published").asText()) : null;
    List<Country> countries = new ArrayList<>();
    for (JsonNode cn : g.path("countries")) {
      List<Mention> ms = new ArrayList<>();
      int at = 0;
      for (JsonNode m : cn.path("mentions")) {
        int i = locate(text, m.asText(), at);
        if (i < 0) continue;
        ms.add(new Mention(m.asText(), i, i + m.asText().length(), "gold"));
        at = i + m.asText().length();
      }
      countries.add(new Country(cn.get("code").asText(), cn.get("code").asText(), ms));
    }
    List<Amount> amounts = new ArrayList<>();
    int at = 0;
    for (JsonNode a : g.path("amounts")) {
      String t = a.get("text").asText();
      int i = locate(text, t, at);
      if (i < 0) continue;
      at = i + t.length();
      amounts.add(new Amount(a.get("kind").asText(), t, a.get("value").decimalValue(),
          a.path("valueMax").isNumber() ? a.get("valueMax").decimalValue() : null,
          str(a.get("unit")), str(a.get("approx")), i, i + t.length(), "gold"));
    }
    List<DateMention> dates = new ArrayList<>();
    at = 0;
    for (JsonNode d : g.path("dates")) {
      String t = d.get("text").asText();
      int i = locate(text, t, at);
      if (i < 0) continue;
      at = i + t.length();
      dates.add(new DateMention(t, str(d.get("value")), str(d.get("grain")), i, i + t.length(), "gold"));
    }
    List<Quote> quotes = new ArrayList<>();
    at = 0;
    for (JsonNode q : g.path("quotes")) {
      String t = q.get("text").asText();
      int i = locate(text, t, at);
      if (i < 0) continue;
      at = i + t.length();
      JsonNode s = q.path("speaker");
      Speaker sp = s.isObject() ? new Speaker(str(s.get("name")), str(s.get("title")), str(s.get("organization")), str(s.get("country"))) : null;
      quotes.add(new Quote(q.get("kind").asText(), t, sp, i, i + t.length(), "gold"));
    }
    return new Article(p.source(), c.name(), published, published, p.title(), p.subtitle(), p.authors(), p.dateline(),
        p.sections(), p.captions(), text, countries, amounts, dates, quotes, List.of(), p.offsets(), List.of());
  }

  private static int locate(String text, String s, int from) {
    int i = text.indexOf(s, from);
    return i >= 0 ? i : text.indexOf(s);
  }

  private static String str(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  // ---- the oracle

  /** One fact of an article as the oracle sees it. */
  record Fact(Article article, String kind, int start, int end, BigDecimal value, String unit, String dateValue, Speaker speaker) {
    String key() {
      return article.id() + ":" + kind + ":" + start;
    }
  }

  static List<Fact> facts(List<Article> articles) {
    List<Fact> out = new ArrayList<>();
    for (Article a : articles) {
      for (Amount m : a.amounts()) {
        if (Set.of("money", "percent", "quantity").contains(m.kind())) {
          out.add(new Fact(a, m.kind(), m.start(), m.end(), m.value(), m.unit(), null, null));
        }
      }
      for (DateMention d : a.dates()) out.add(new Fact(a, "date", d.start(), d.end(), null, null, d.value(), null));
      for (Quote q : a.quotes()) out.add(new Fact(a, "quote", q.start(), q.end(), null, null, null, q.speaker()));
    }
    return out;
  }

  private static final String ENDERS = "。！？；!?\n";

  /** [start, end) of the fact's sentence: between sentence enders, or the whole line for quotes. */
  static int[] sentence(Fact f) {
    String t = f.article().text();
    String stops = f.kind().equals("quote") ? "\n" : ENDERS;
    int s = 0;
    for (int i = f.start() - 1; i >= 0; i--) {
      if (stops.indexOf(t.charAt(i)) >= 0) {
        s = i + 1;
        break;
      }
    }
    int e = t.length();
    for (int i = Math.max(f.start(), f.end() - 1); i < t.length(); i++) {
      if (stops.indexOf(t.charAt(i)) >= 0) {
        e = t.charAt(i) == '\n' ? i : i + 1;
        break;
      }
    }
    return new int[] {s, e};
  }

  static boolean sentenceNames(Fact f, String code) {
    int[] s = sentence(f);
    for (Country c : f.article().countries()) {
      if (!c.code().equals(code)) continue;
      for (Mention m : c.mentions()) if (m.start() >= s[0] && m.end() <= s[1]) return true;
    }
    return false;
  }

  static boolean sentenceContains(Fact f, String phrase) {
    int[] s = sentence(f);
    return containsPhrase(f.article().text().substring(s[0], s[1]), phrase);
  }

  private static final Analyzer ANALYZER = TextAnalysis.analyzer();

  /** The analyzer's terms of {@code text}, in order (the oracle matches words as the index does, without Lucene search). */
  static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** True when the phrase's terms occur consecutively among the text's terms. */
  static boolean containsPhrase(String text, String phrase) {
    List<String> t = terms(text);
    List<String> p = terms(phrase);
    assertThat(p).as("terms of " + phrase).isNotEmpty();
    return java.util.Collections.indexOfSubList(t, p) >= 0;
  }

  /** Years [first, last] of an ISO value or span, from its 4-digit prefixes; null when unresolved. */
  static int[] years(String value) {
    if (value == null || value.length() < 4) return null;
    String last = value.contains("/") ? value.substring(value.indexOf('/') + 1) : value;
    return new int[] {Integer.parseInt(value.substring(0, 4)), Integer.parseInt(last.substring(0, 4))};
  }

  /** The fact's years: its own value (dates), else the dates in its sentence, else the published year. */
  static int[] factYears(Fact f) {
    if (f.kind().equals("date")) return years(f.dateValue());
    int[] s = sentence(f);
    int[] span = null;
    for (DateMention d : f.article().dates()) {
      int[] y = years(d.value());
      if (y == null || d.start() < s[0] || d.end() > s[1]) continue;
      span = span == null ? y : new int[] {Math.min(span[0], y[0]), Math.max(span[1], y[1])};
    }
    if (span == null && f.article().published() != null) span = new int[] {f.article().published().getYear(), f.article().published().getYear()};
    return span;
  }

  static boolean inYear(Fact f, int year) {
    int[] y = factYears(f);
    return y != null && y[0] <= year && year <= y[1];
  }

  static boolean speakerFrom(Fact f, String code) {
    return f.speaker() != null && code.equals(f.speaker().country());
  }

  // ---- the queries

  record Case(String name, FactQuery query, Predicate<Fact> expected) {}

  static boolean ge(BigDecimal v, String min) {
    return v != null && v.compareTo(new BigDecimal(min)) >= 0;
  }

  /** The most quoted named speaker of the gold corpus (ties: by name). */
  static String topSpeaker() {
    Map<String, Long> n = facts(gold).stream().filter(f -> f.speaker() != null && f.speaker().name() != null)
        .collect(Collectors.groupingBy(f -> f.speaker().name(), java.util.TreeMap::new, Collectors.counting()));
    return n.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()).map(Map.Entry::getKey).orElseThrow();
  }

  static List<Case> factCases() {
    String speaker = topSpeaker();
    return List.of(
        new Case("money USD >= 1e9", FactQuery.builder().kind("money").unit("USD").min(new BigDecimal("1e9")).limit(1000).build(),
            f -> f.kind().equals("money") && "USD".equals(f.unit()) && ge(f.value(), "1e9")),
        new Case("money CNY in sentences naming CN", FactQuery.builder().kind("money").unit("CNY").country("CN").limit(1000).build(),
            f -> f.kind().equals("money") && "CNY".equals(f.unit()) && sentenceNames(f, "CN")),
        new Case("amounts naming UZ", FactQuery.builder().country("UZ").min(BigDecimal.ZERO).limit(1000).build(),
            f -> f.value() != null && sentenceNames(f, "UZ")),
        new Case("percent 10..50", FactQuery.builder().kind("percent").unit("%").min(BigDecimal.TEN).max(new BigDecimal("50")).limit(1000).build(),
            f -> f.kind().equals("percent") && "%".equals(f.unit()) && ge(f.value(), "10") && !ge(f.value(), "50.0000001")),
        new Case("dates in 2024", FactQuery.builder().kind("date").from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 12, 31)).limit(1000).build(),
            f -> f.kind().equals("date") && inYear(f, 2024)),
        new Case("percent in 2024", FactQuery.builder().kind("percent").from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 12, 31)).limit(1000).build(),
            f -> f.kind().equals("percent") && inYear(f, 2024)),
        new Case("quotes by " + speaker, FactQuery.builder().speaker(speaker).limit(1000).build(),
            f -> f.speaker() != null && speaker.equals(f.speaker().name())),
        new Case("quotes naming or from PK", FactQuery.builder().kind("quote").country("PK").limit(1000).build(),
            f -> f.kind().equals("quote") && (sentenceNames(f, "PK") || speakerFrom(f, "PK"))),
        new Case("percent with 增长 in 2025", FactQuery.builder().kind("percent").text("增长").from(LocalDate.of(2025, 1, 1)).to(LocalDate.of(2025, 12, 31)).limit(1000).build(),
            f -> f.kind().equals("percent") && sentenceContains(f, "增长") && inYear(f, 2025)),
        new Case("quantities naming KZ and CN", FactQuery.builder().kind("quantity").country("KZ").country("CN").limit(1000).build(),
            f -> f.kind().equals("quantity") && sentenceNames(f, "KZ") && sentenceNames(f, "CN")));
  }

  static Set<String> expected(List<Article> articles, Case c) {
    return facts(articles).stream().filter(f -> c.expected().test(f)).map(Fact::key).collect(Collectors.toCollection(TreeSet::new));
  }

  static Set<String> actual(XinwenIndex index, FactQuery q) {
    Hits<FactHit> hits = index.facts(q);
    assertThat(hits.total()).isEqualTo(hits.hits().size());
    return hits.hits().stream().map(h -> h.article().id() + ":" + h.kind() + ":" + h.start()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void goldFactQueriesReturnExactlyTheGoldHits() {
    int nonEmpty = 0;
    for (Case c : factCases()) {
      Set<String> want = expected(gold, c);
      assertThat(actual(goldIndex, c.query())).as(c.name()).isEqualTo(want);
      if (!want.isEmpty()) nonEmpty++;
    }
    assertThat(nonEmpty).as("queries with gold hits").isGreaterThanOrEqualTo(9);
  }

  @Test
  void pipelineFactQueriesReturnExactlyTheExtractedHitsAndReportAgreementWithGold() {
    Map<String, Article> byId = new HashMap<>();
    extracted.forEach(a -> byId.put(a.id(), a));
    Map<String, String> goldIdToPipelineId = new LinkedHashMap<>();
    for (int i = 0; i < cases.size(); i++) goldIdToPipelineId.put(cases.get(i).name(), Corpus.process(cases.get(i)).id());
    System.out.printf("%-36s %6s %6s %6s%n", "query (pipeline index vs gold)", "gold", "found", "agree");
    for (Case c : factCases()) {
      Set<String> want = expected(extracted, c);
      assertThat(actual(pipelineIndex, c.query())).as(c.name()).isEqualTo(want);
      // agreement with gold on (article, kind, start)
      Set<String> goldKeys = expected(gold, c).stream()
          .map(k -> goldIdToPipelineId.get(k.substring(0, k.indexOf(':'))) + k.substring(k.indexOf(':')))
          .collect(Collectors.toSet());
      long agree = want.stream().filter(goldKeys::contains).count();
      System.out.printf("%-36s %6d %6d %6d%n", c.name(), goldKeys.size(), want.size(), agree);
    }
  }

  static Set<String> articlesContaining(List<Article> articles, String phrase, String country, LocalDate from, LocalDate to) {
    return articles.stream()
        .filter(a -> containsPhrase(a.text(), phrase))
        .filter(a -> country == null || a.countries().stream().anyMatch(c -> c.code().equals(country)))
        .filter(a -> from == null || a.published() != null && !a.published().isBefore(from))
        .filter(a -> to == null || a.published() != null && !a.published().isAfter(to))
        .map(Article::id).collect(Collectors.toCollection(TreeSet::new));
  }

  static Set<String> search(XinwenIndex index, SearchQuery q) {
    return index.search(q).hits().stream().map(h -> h.article().id()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void textSearchReturnsExactlyTheArticlesContainingThePhrase() {
    for (List<Article> articles : List.of(gold, extracted)) {
      XinwenIndex index = articles == gold ? goldIndex : pipelineIndex;
      for (String phrase : List.of("合作", "光伏", "中欧班列", "一带一路", "贸易额")) {
        assertThat(search(index, new SearchQuery(phrase, null, null, null, 1000)))
            .as(phrase).isEqualTo(articlesContaining(articles, phrase, null, null, null));
      }
      assertThat(search(index, new SearchQuery("合作", "UZ", null, null, 1000)))
          .isEqualTo(articlesContaining(articles, "合作", "UZ", null, null));
      assertThat(search(index, new SearchQuery("合作", "KZ", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), 1000)))
          .isEqualTo(articlesContaining(articles, "合作", "KZ", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)));
    }
    assertThat(articlesContaining(gold, "合作", "UZ", null, null)).isNotEmpty();
  }

  @Test
  void snippetHighlightsAreExactOffsetsIntoTheArticleText() {
    Map<String, Article> byId = new HashMap<>();
    extracted.forEach(a -> byId.put(a.id(), a));
    int highlights = 0;
    for (String phrase : List.of("合作", "贸易额", "光伏")) {
      for (ArticleHit h : pipelineIndex.search(new SearchQuery(phrase, null, null, null, 1000)).hits()) {
        String text = byId.get(h.article().id()).text();
        for (Snippet s : h.snippets()) {
          assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
          for (Span span : s.highlights()) {
            assertThat(text.substring(span.start(), span.end())).as(h.article().id()).isEqualTo(phrase);
            highlights++;
          }
        }
      }
    }
    assertThat(highlights).isGreaterThan(10);
  }

  @Test
  void bothIndexesHoldEveryArticleAndFact() {
    assertThat(goldIndex.articleCount()).isEqualTo(cases.size());
    assertThat(pipelineIndex.articleCount()).isEqualTo(cases.size());
    assertThat(goldIndex.factCount()).isEqualTo(facts(gold).size());
    assertThat(pipelineIndex.factCount()).isEqualTo(facts(extracted).size());
    long goldFacts = cases.stream().mapToLong(c -> c.gold().path("amounts").size() + c.gold().path("dates").size() + c.gold().path("quotes").size()).sum();
    System.out.printf("corpus: %d articles; gold facts %d, located in text %d; extracted facts %d%n",
        cases.size(), goldFacts, facts(gold).size(), facts(extracted).size());
    assertThat(facts(gold).size()).as("gold facts located in the normalized text").isGreaterThanOrEqualTo((int) (goldFacts * 0.95));
  }
}
