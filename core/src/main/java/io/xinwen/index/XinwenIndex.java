package io.xinwen.index;

import io.xinwen.model.Amount;
import io.xinwen.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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
public final class XinwenIndex implements ArticleIndex {
  private static final int MAX_SNIPPETS = 3;
  /** Lucene's default is 16 MB; 64 MB means fewer, larger segments to flush and merge (about 10% less write time). */
  private static final double RAM_BUFFER_MB = 64;

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
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(RAM_BUFFER_MB);
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

  /** Adds the articles and their facts: all documents are built (and the texts segmented) before any is written. */
  @Override
  public void addAll(List<Article> articles) {
    requireWriter();
    List<List<Document>> docs = new ArrayList<>(articles.size());
    for (Article a : articles) docs.add(ArticleDocuments.segmented(a));
    try {
      for (int i = 0; i < articles.size(); i++) writer.updateDocuments(new Term(Fields.ARTICLE_ID, articles.get(i).id()), docs.get(i));
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
        .add(LuceneQueries.type(Fields.TYPE_ARTICLE), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)), Occur.FILTER)
        .build()) > 0;
  }

  public long articleCount() {
    return count(LuceneQueries.type(Fields.TYPE_ARTICLE));
  }

  public long factCount() {
    return count(LuceneQueries.type(Fields.TYPE_FACT));
  }

  /** Ranked articles matching the query text, with up to three highlighted snippets each. */
  public Hits<ArticleHit> search(SearchQuery q) {
    Query text = LuceneQueries.parse(analyzer, "text", Fields.TEXT, q.text());
    Query query = LuceneQueries.articles(q, text);
    return withSearcher(s -> {
      TopDocs top = s.search(query, q.limit());
      int[] ids = new int[top.scoreDocs.length];
      for (int i = 0; i < ids.length; i++) ids[i] = top.scoreDocs[i].doc;
      List<List<Snippet>> snippets = Snippets.of(s, analyzer, text, ids, MAX_SNIPPETS);
      List<ArticleHit> hits = new ArrayList<>();
      for (int i = 0; i < ids.length; i++) {
        Document d = s.storedFields().document(ids[i]);
        hits.add(new ArticleHit(StoredHits.ref(d), top.scoreDocs[i].score, List.of(d.getValues(Fields.COUNTRY)), snippets.get(i)));
      }
      return new Hits<>(top.totalHits.value, hits);
    });
  }

  /** Facts matching every criterion of the query: by relevance when it has text, else newest article first, then in text order. */
  public Hits<FactHit> facts(FactQuery q) {
    Query query = LuceneQueries.facts(q, analyzer);
    Sort sort = LuceneQueries.factOrder(q.text() != null);
    return withSearcher(s -> {
      TopDocs top = s.search(query, q.limit(), sort, q.text() != null);
      List<FactHit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        hits.add(StoredHits.factHit(s.storedFields().document(sd.doc), Float.isNaN(sd.score) ? 0f : sd.score));
      }
      return new Hits<>(top.totalHits.value, hits);
    });
  }

  /** Counts of the facts matching {@code q} by {@code facet} value, largest first, at most {@code top}. */
  public Map<String, Long> factFacets(FactQuery q, Facet facet, int top) {
    Query query = LuceneQueries.facts(q, analyzer);
    return withSearcher(s -> facetCounts(s, query, facet, top));
  }

  /** Article and fact counts and the top {@code top} values of every facet. */
  public IndexStats stats(int top) {
    return withSearcher(s -> new IndexStats(
        s.count(LuceneQueries.type(Fields.TYPE_ARTICLE)),
        s.count(LuceneQueries.type(Fields.TYPE_FACT)),
        facetCounts(s, LuceneQueries.type(Fields.TYPE_ARTICLE), Facet.COUNTRY, top),
        facetCounts(s, LuceneQueries.type(Fields.TYPE_ARTICLE), Facet.YEAR, top),
        facetCounts(s, LuceneQueries.type(Fields.TYPE_FACT), Facet.KIND, top),
        facetCounts(s, LuceneQueries.type(Fields.TYPE_FACT), Facet.UNIT, top),
        facetCounts(s, LuceneQueries.type(Fields.TYPE_FACT), Facet.SPEAKER, top)));
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

  private static Map<String, Long> facetCounts(IndexSearcher s, Query query, Facet facet, int top) throws IOException {
    FacetsCollector fc = s.search(query, new FacetsCollectorManager());
    StringDocValuesReaderState state = new StringDocValuesReaderState(s.getIndexReader(), facet.field);
    FacetResult r = new StringValueFacetCounts(state, fc).getTopChildren(top, facet.field);
    Map<String, Long> out = new LinkedHashMap<>();
    if (r != null) for (LabelAndValue lv : r.labelValues) out.put(lv.label, lv.value.longValue());
    return out;
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
