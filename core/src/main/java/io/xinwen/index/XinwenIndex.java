package io.xinwen.index;

import io.xinwen.model.Amount;
import io.xinwen.model.Article;
import io.xinwen.model.Speaker;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A Lucene index of processed articles and their facts: one document per article and one per
 * fact (money, percent, quantity, date, quote), replaced together when an article is re-added.
 *
 * <p>Safe for one writer and many readers at once: any number of threads may call {@link #add},
 * {@link #search}, {@link #facts} and {@link #stats} concurrently; searches see every article
 * added before they start. Changes are durable after {@link #commit()} (and {@link #close()});
 * an index whose writer died before committing opens at its last commit, and re-adding the same
 * articles completes it without duplicates.
 */
public final class XinwenIndex implements Closeable {
  private static final int MAX_SNIPPETS = 3;
  private static final int MAX_HIGHLIGHT_LENGTH = 1_000_000;

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer;

  private XinwenIndex(Path path, Directory directory, IndexWriter writer, Analyzer analyzer) throws IOException {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.analyzer = analyzer;
    this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
  }

  /**
   * Opens the index at {@code dir} for writing and reading, creating it (and the directory) when
   * absent. Only one writer may hold an index: a second one gets an {@link IllegalStateException}.
   */
  public static XinwenIndex open(Path dir) {
    try {
      Files.createDirectories(dir);
      Directory directory = FSDirectory.open(dir);
      Analyzer analyzer = TextAnalysis.analyzer();
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        directory.close();
        throw new IllegalStateException("index " + dir + " is being written by another process (" + dir.resolve(IndexWriter.WRITE_LOCK_NAME) + " is held)", e);
      } catch (IOException | RuntimeException e) {
        directory.close();
        throw e;
      }
      return new XinwenIndex(dir, directory, writer, analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing index for reading only (another process may be writing it; this sees its
   * commits). Throws {@link MissingIndexException} when {@code dir} holds no index.
   */
  public static XinwenIndex openReadOnly(Path dir) {
    if (!Files.isDirectory(dir)) throw new MissingIndexException(dir);
    try {
      Directory directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new MissingIndexException(dir);
      }
      return new XinwenIndex(dir, directory, null, TextAnalysis.analyzer());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }

  public Path path() {
    return path;
  }

  /** Adds an article and its facts, replacing any article with the same id (and all its facts). */
  public void add(Article article) {
    requireWriter();
    try {
      writer.updateDocuments(new Term(Fields.ARTICLE_ID, article.id()), ArticleDocuments.of(article));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The facts {@link #add} indexes for this article, counted by kind (money, percent, quantity, date, quote). */
  public static Map<String, Integer> factsByKind(Article article) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Amount m : article.amounts()) {
      if (QueryValues.KINDS.contains(m.kind())) out.merge(m.kind(), 1, Integer::sum);
    }
    if (!article.dates().isEmpty()) out.put("date", article.dates().size());
    if (!article.quotes().isEmpty()) out.put("quote", article.quotes().size());
    return out;
  }

  /** Removes an article and its facts; no-op when absent. */
  public void delete(String articleId) {
    requireWriter();
    try {
      writer.deleteDocuments(new Term(Fields.ARTICLE_ID, articleId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes every change so far durable and visible to other processes. */
  public void commit() {
    requireWriter();
    try {
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes buffered changes to segment files without committing (tests simulate a crash after this). */
  void flushWithoutCommit() throws IOException {
    requireWriter();
    writer.flush();
  }

  /** Discards everything since the last commit and closes, as a killed writer would leave the index. */
  void abandon() throws IOException {
    requireWriter();
    try {
      writer.rollback();
    } finally {
      searchers.close();
      directory.close();
    }
  }

  /** True when an article with this id is in the index. */
  public boolean contains(String articleId) {
    return count(new BooleanQuery.Builder()
        .add(type(Fields.TYPE_ARTICLE), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)), Occur.FILTER)
        .build()) > 0;
  }

  public long articleCount() {
    return count(type(Fields.TYPE_ARTICLE));
  }

  public long factCount() {
    return count(type(Fields.TYPE_FACT));
  }

  /** Ranked articles matching the query text, with up to three highlighted snippets each. */
  public Hits<ArticleHit> search(SearchQuery q) {
    Query text = parse("text", Fields.TEXT, q.text());
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST).add(type(Fields.TYPE_ARTICLE), Occur.FILTER);
    if (q.country() != null) b.add(new TermQuery(new Term(Fields.COUNTRY, q.country())), Occur.FILTER);
    if (q.from() != null || q.to() != null) b.add(publishedRange(q), Occur.FILTER);
    Query query = b.build();
    return withSearcher(s -> {
      TopDocs top = s.search(query, q.limit());
      int[] ids = new int[top.scoreDocs.length];
      for (int i = 0; i < ids.length; i++) ids[i] = top.scoreDocs[i].doc;
      Object[] snippets = highlighter(s).snippets(Fields.TEXT, text, ids, MAX_SNIPPETS);
      List<ArticleHit> hits = new ArrayList<>();
      for (int i = 0; i < ids.length; i++) {
        Document d = s.storedFields().document(ids[i]);
        @SuppressWarnings("unchecked")
        List<Snippet> sn = snippets[i] == null ? List.of() : (List<Snippet>) snippets[i];
        hits.add(new ArticleHit(ref(d), top.scoreDocs[i].score, List.of(d.getValues(Fields.COUNTRY)), sn));
      }
      return new Hits<>(top.totalHits.value, hits);
    });
  }

  /** Facts matching every criterion of the query: by relevance when it has text, else newest article first, then in text order. */
  public Hits<FactHit> facts(FactQuery q) {
    Query query = factQuery(q);
    Sort sort = q.text() != null
        ? new Sort(SortField.FIELD_SCORE, publishedDesc(), new SortField(Fields.ARTICLE_ID, SortField.Type.STRING), startAsc())
        : new Sort(publishedDesc(), new SortField(Fields.ARTICLE_ID, SortField.Type.STRING), startAsc());
    return withSearcher(s -> {
      TopDocs top = s.search(query, q.limit(), sort, q.text() != null);
      List<FactHit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        hits.add(factHit(s.storedFields().document(sd.doc), Float.isNaN(sd.score) ? 0f : sd.score));
      }
      return new Hits<>(top.totalHits.value, hits);
    });
  }

  /** Counts of the facts matching {@code q} by {@code facet} value, largest first, at most {@code top}. */
  public Map<String, Long> factFacets(FactQuery q, Facet facet, int top) {
    Query query = factQuery(q);
    return withSearcher(s -> facetCounts(s, query, facet, top));
  }

  /** Article and fact counts and the top {@code top} values of every facet. */
  public IndexStats stats(int top) {
    return withSearcher(s -> new IndexStats(
        s.count(type(Fields.TYPE_ARTICLE)),
        s.count(type(Fields.TYPE_FACT)),
        facetCounts(s, type(Fields.TYPE_ARTICLE), Facet.COUNTRY, top),
        facetCounts(s, type(Fields.TYPE_ARTICLE), Facet.YEAR, top),
        facetCounts(s, type(Fields.TYPE_FACT), Facet.KIND, top),
        facetCounts(s, type(Fields.TYPE_FACT), Facet.UNIT, top),
        facetCounts(s, type(Fields.TYPE_FACT), Facet.SPEAKER, top)));
  }

  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        directory.close();
      } catch (IOException ignored) {
        // already failing or closed
      }
    }
  }

  // ---- queries

  private Query factQuery(FactQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(type(Fields.TYPE_FACT), Occur.FILTER);
    if (q.kind() != null) b.add(new TermQuery(new Term(Fields.KIND, q.kind())), Occur.FILTER);
    for (String c : q.countries()) b.add(new TermQuery(new Term(Fields.COUNTRY, c)), Occur.FILTER);
    if (q.unit() != null) b.add(new TermQuery(new Term(Fields.UNIT, q.unit())), Occur.FILTER);
    if (q.min() != null || q.max() != null) b.add(valueRange(q.min(), q.max()), Occur.FILTER);
    if (q.to() != null) b.add(LongPoint.newRangeQuery(Fields.DATE_START, Long.MIN_VALUE, q.to().toEpochDay()), Occur.FILTER);
    if (q.from() != null) b.add(LongPoint.newRangeQuery(Fields.DATE_END, q.from().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
    if (q.speaker() != null) b.add(new TermQuery(new Term(Fields.SPEAKER, q.speaker())), Occur.FILTER);
    if (q.text() != null) b.add(parse("text", Fields.SENTENCE, q.text()), Occur.MUST);
    return b.build();
  }

  /** Inclusive bounds on the double point; a bound between two doubles rounds outward, then nothing is lost. */
  private static Query valueRange(BigDecimal min, BigDecimal max) {
    double lo = min == null ? Double.NEGATIVE_INFINITY : min.doubleValue();
    double hi = max == null ? Double.POSITIVE_INFINITY : max.doubleValue();
    if (lo > hi) return new MatchNoDocsQuery("empty value range");
    return DoublePoint.newRangeQuery(Fields.VALUE, lo, hi);
  }

  private static Query publishedRange(SearchQuery q) {
    long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
    long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
    return LongPoint.newRangeQuery(Fields.PUBLISHED, lo, hi);
  }

  private Query parse(String parameter, String field, String text) {
    QueryParser parser = new QueryParser(field, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    parser.setAutoGeneratePhraseQueries(true);
    try {
      Query query = parser.parse(text);
      if (query == null || query instanceof MatchNoDocsQuery || query instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
        throw new InvalidQueryException(parameter, "no searchable words in '" + text + "'");
      }
      return query;
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("")
          .replaceFirst("^Cannot parse '.*?': ", "");
      throw new InvalidQueryException(parameter, "cannot parse '" + text + "': " + msg, e);
    }
  }

  private static Query type(String type) {
    return new TermQuery(new Term(Fields.TYPE, type));
  }

  private static SortField publishedDesc() {
    SortField f = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
    f.setMissingValue(Long.MIN_VALUE);
    return f;
  }

  private static SortField startAsc() {
    return new SortField(Fields.START, SortField.Type.INT);
  }

  private static Map<String, Long> facetCounts(IndexSearcher s, Query query, Facet facet, int top) throws IOException {
    FacetsCollector fc = s.search(query, new FacetsCollectorManager());
    StringDocValuesReaderState state = new StringDocValuesReaderState(s.getIndexReader(), facet.field);
    FacetResult r = new StringValueFacetCounts(state, fc).getTopChildren(top, facet.field);
    Map<String, Long> out = new LinkedHashMap<>();
    if (r != null) for (LabelAndValue lv : r.labelValues) out.put(lv.label, lv.value.longValue());
    return out;
  }

  // ---- results

  private static ArticleRef ref(Document d) {
    String title = d.get(Fields.TITLE) != null ? d.get(Fields.TITLE) : d.get(Fields.ARTICLE_TITLE);
    return new ArticleRef(d.get(Fields.ARTICLE_ID), title, d.get(Fields.SOURCE), ArticleDocuments.day(num(d, Fields.PUBLISHED)));
  }

  private static FactHit factHit(Document d, float score) {
    String valueText = d.get(Fields.VALUE_EXACT);
    String maxText = d.get(Fields.VALUE_MAX);
    String kind = d.get(Fields.KIND);
    Speaker speaker = null;
    if ("quote".equals(kind) && (d.get(Fields.SPEAKER) != null || d.get(Fields.SPEAKER_TITLE) != null || d.get(Fields.SPEAKER_ORG) != null)) {
      speaker = new Speaker(d.get(Fields.SPEAKER), d.get(Fields.SPEAKER_TITLE), d.get(Fields.SPEAKER_ORG), d.get(Fields.SPEAKER_COUNTRY));
    }
    return new FactHit(
        kind,
        d.get(Fields.FACT_TEXT),
        valueText == null ? null : new BigDecimal(valueText),
        maxText == null ? null : new BigDecimal(maxText),
        d.get(Fields.UNIT),
        d.get(Fields.APPROX),
        d.get(Fields.DATE_VALUE),
        ArticleDocuments.day(num(d, Fields.DATE_START)),
        ArticleDocuments.day(num(d, Fields.DATE_END)),
        speaker,
        d.get(Fields.SENTENCE),
        num(d, Fields.SENTENCE_START).intValue(),
        List.of(d.getValues(Fields.SENTENCE_COUNTRY)),
        List.of(d.getValues(Fields.SENTENCE_DATE)),
        num(d, Fields.START).intValue(),
        num(d, Fields.END).intValue(),
        num(d, Fields.RAW_START).intValue(),
        num(d, Fields.RAW_END).intValue(),
        d.get(Fields.RULE),
        ref(d),
        score);
  }

  private static Number num(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null ? null : f.numericValue();
  }

  private SnippetHighlighter highlighter(IndexSearcher s) {
    return new SnippetHighlighter(UnifiedHighlighter.builder(s, analyzer)
        .withMaxLength(MAX_HIGHLIGHT_LENGTH)
        .withBreakIterator(SentenceBreakIterator::new)
        .withFormatter(new SnippetFormatter()));
  }

  /** Exposes the highlighter's object results (our {@link Snippet} lists). */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(UnifiedHighlighter.Builder b) {
      super(b);
    }

    Object[] snippets(String field, Query query, int[] docIds, int maxPassages) throws IOException {
      return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {maxPassages}).get(field);
    }
  }

  /** Turns highlighter passages into {@link Snippet}s with offsets into the stored article text. */
  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> out = new ArrayList<>();
      for (Passage p : passages) {
        List<Span> hl = new ArrayList<>();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int st = p.getMatchStarts()[i];
          int en = p.getMatchEnds()[i];
          if (!hl.isEmpty() && st <= hl.get(hl.size() - 1).end()) {
            Span last = hl.remove(hl.size() - 1); // overlapping bigrams: merge into one highlight
            hl.add(new Span(last.start(), Math.max(last.end(), en)));
          } else {
            hl.add(new Span(st, en));
          }
        }
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) end--;
        final int e = end;
        hl.removeIf(h -> h.end() > e);
        out.add(new Snippet(start, end, content.substring(start, end), hl));
      }
      return out;
    }
  }

  // ---- plumbing

  private interface SearcherFunction<T> {
    T apply(IndexSearcher s) throws IOException;
  }

  private <T> T withSearcher(SearcherFunction<T> f) {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher s = searchers.acquire();
      try {
        return f.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long count(Query q) {
    return withSearcher(s -> s.count(q));
  }

  private void requireWriter() {
    if (writer == null) throw new IllegalStateException("index " + path + " is open read-only");
  }
}
