package io.xinwen.index.solr;

import io.xinwen.index.ArticleHit;
import io.xinwen.index.ArticleIndex;
import io.xinwen.index.Facet;
import io.xinwen.index.Fields;
import io.xinwen.index.FactHit;
import io.xinwen.index.FactQuery;
import io.xinwen.index.Hits;
import io.xinwen.index.IndexStats;
import io.xinwen.index.InvalidQueryException;
import io.xinwen.index.LuceneQueries;
import io.xinwen.index.SearchQuery;
import io.xinwen.index.TextAnalysis;
import io.xinwen.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * A SolrCloud collection (created from {@code solr/configset}) as an {@link ArticleIndex}: the same
 * documents as the embedded {@code XinwenIndex}, the same queries, the same result records.
 *
 * <p>{@link #add} buffers documents and sends them in batches of about {@link Options#batchDocuments}
 * (memory stays bounded by one batch); a batch that fails with a transient error (connection
 * refused, timeout, 5xx, no live leader) is retried with exponential backoff, and after the last
 * attempt recorded in {@link #failedBatches()} while indexing goes on. Article ids are content
 * hashes, so sending those articles again completes the collection without duplicates. Other
 * errors (4xx: a document Solr rejects) fail the batch at once. {@link #commit()} sends what is
 * buffered and commits. Thread-safe: adds are serialized, queries run concurrently.
 *
 * <p>Re-adding an article overwrites its documents by id ({@code ARTICLEID!a}, {@code ARTICLEID!fN});
 * unlike the embedded index it does not first delete the article's other facts, which matters only
 * when a newer xinwen finds fewer facts in the same text: {@link #delete} the article first (or
 * index into a new collection) after upgrading.
 */
public final class SolrIndex implements ArticleIndex {
  private final SolrClient client;
  private final boolean ownsClient;
  private final String collection;
  private final Options options;
  private final SolrQueries queries = new SolrQueries();
  /** Checks query text locally, so bad text fails as it does with the embedded index (same parser, same messages). */
  private final Analyzer analyzer = TextAnalysis.analyzer();

  private final Object lock = new Object();
  private final List<SolrInputDocument> buffer = new ArrayList<>();
  private final List<String> bufferedArticles = new ArrayList<>();
  private final List<FailedBatch> failed = new ArrayList<>();
  private long sentArticles;
  private long sentBatches;

  /**
   * Sending options.
   *
   * @param batchDocuments documents per update request (an article's documents are never split)
   * @param attempts tries per batch (≥ 1)
   * @param backoff the wait before the second try; doubled before each further try
   * @param timeout connect and request timeout
   */
  public record Options(int batchDocuments, int attempts, Duration backoff, Duration timeout) {
    public static final Options DEFAULTS = new Options(500, 5, Duration.ofMillis(500), Duration.ofSeconds(60));

    public Options {
      if (batchDocuments < 1) throw new IllegalArgumentException("batchDocuments must be at least 1, was " + batchDocuments);
      if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
      Objects.requireNonNull(backoff, "backoff");
      Objects.requireNonNull(timeout, "timeout");
    }
  }

  private SolrIndex(SolrClient client, boolean ownsClient, String collection, Options options) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.collection = collection;
    this.options = options;
  }

  /** Connects to the collection with default options. */
  public static SolrIndex connect(SolrTarget target) {
    return connect(target, Options.DEFAULTS);
  }

  /** Connects to the collection through a SolrJ {@link CloudHttp2SolrClient} (updates go to shard leaders). */
  public static SolrIndex connect(SolrTarget target, Options options) {
    int ms = (int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis());
    Http2SolrClient.Builder http = new Http2SolrClient.Builder()
        .withConnectionTimeout(ms, TimeUnit.MILLISECONDS)
        .withRequestTimeout(ms, TimeUnit.MILLISECONDS);
    CloudHttp2SolrClient.Builder b = target.solrUrl() != null
        ? new CloudHttp2SolrClient.Builder(List.of(target.solrUrl()))
        : new CloudHttp2SolrClient.Builder(target.zkHosts(), target.chroot());
    CloudHttp2SolrClient client = b.withInternalClientBuilder(http).withDefaultCollection(target.collection()).build();
    return new SolrIndex(client, true, target.collection(), options);
  }

  /** Uses a client the caller owns (and closes); requests go to {@code collection}. */
  public static SolrIndex using(SolrClient client, String collection, Options options) {
    return new SolrIndex(Objects.requireNonNull(client, "client"), false, Objects.requireNonNull(collection, "collection"), options);
  }

  public String collection() {
    return collection;
  }

  // ---- writing

  @Override
  public void add(Article article) {
    List<SolrInputDocument> docs = SolrDocuments.of(article);
    synchronized (lock) {
      buffer.addAll(docs);
      bufferedArticles.add(article.id());
      if (buffer.size() >= options.batchDocuments()) flushLocked();
    }
  }

  /** Sends the buffered documents now (one batch, with retries). */
  public void flush() {
    synchronized (lock) {
      flushLocked();
    }
  }

  private void flushLocked() {
    if (buffer.isEmpty()) return;
    List<SolrInputDocument> docs = List.copyOf(buffer);
    List<String> ids = List.copyOf(bufferedArticles);
    buffer.clear();
    bufferedArticles.clear();
    sentBatches++;
    UpdateRequest u = new UpdateRequest();
    u.add(docs);
    try {
      withRetries(() -> u.process(client, collection));
      sentArticles += ids.size();
    } catch (SolrRequestFailed e) {
      failed.add(new FailedBatch(ids, docs.size(), e.getMessage()));
    }
  }

  /** The batches that failed after every retry, in the order they were sent. */
  public List<FailedBatch> failedBatches() {
    synchronized (lock) {
      return List.copyOf(failed);
    }
  }

  /** Articles in batches Solr accepted. */
  public long sentArticles() {
    synchronized (lock) {
      return sentArticles;
    }
  }

  /** Batches sent so far (accepted or failed). */
  public long sentBatches() {
    synchronized (lock) {
      return sentBatches;
    }
  }

  @Override
  public void delete(String articleId) {
    flush();
    request(() -> new UpdateRequest().deleteByQuery(SolrQueries.term(Fields.ARTICLE_ID, articleId)).process(client, collection));
  }

  /** Sends what is buffered, then commits (waiting for a new searcher). Failed batches stay in {@link #failedBatches()}. */
  @Override
  public void commit() {
    flush();
    request(() -> client.commit(collection, true, true));
  }

  // ---- reading

  @Override
  public boolean contains(String articleId) {
    return count(SolrQueries.ARTICLES, SolrQueries.term(Fields.ARTICLE_ID, articleId)) > 0;
  }

  @Override
  public long articleCount() {
    return count(SolrQueries.ARTICLES);
  }

  @Override
  public long factCount() {
    return count(SolrQueries.FACTS);
  }

  @Override
  public Hits<ArticleHit> search(SearchQuery q) {
    LuceneQueries.parse(analyzer, "text", Fields.TEXT, q.text());
    QueryResponse r = query(queries.search(q), "text");
    return SolrResults.articles(r);
  }

  @Override
  public Hits<FactHit> facts(FactQuery q) {
    checkText(q);
    QueryResponse r = query(queries.facts(q), "text");
    return SolrResults.facts(r, q.text() != null);
  }

  @Override
  public Map<String, Long> factFacets(FactQuery q, Facet facet, int top) {
    checkText(q);
    QueryResponse r = query(queries.factFacets(q, facet, top), "text");
    return SolrResults.facet(r, facet);
  }

  @Override
  public IndexStats stats(int top) {
    QueryResponse articles = query(queries.facetsOf(SolrQueries.ARTICLES, top, Facet.COUNTRY, Facet.YEAR), null);
    QueryResponse facts = query(queries.facetsOf(SolrQueries.FACTS, top, Facet.KIND, Facet.UNIT, Facet.SPEAKER), null);
    return new IndexStats(
        articles.getResults().getNumFound(),
        facts.getResults().getNumFound(),
        SolrResults.facet(articles, Facet.COUNTRY),
        SolrResults.facet(articles, Facet.YEAR),
        SolrResults.facet(facts, Facet.KIND),
        SolrResults.facet(facts, Facet.UNIT),
        SolrResults.facet(facts, Facet.SPEAKER));
  }

  @Override
  public void close() {
    analyzer.close();
    if (!ownsClient) return;
    try {
      client.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- plumbing

  private void checkText(FactQuery q) {
    if (q.text() != null) LuceneQueries.parse(analyzer, "text", Fields.SENTENCE, q.text());
  }

  private long count(String... filters) {
    SolrQuery q = new SolrQuery("*:*").setRows(0).addFilterQuery(filters);
    return query(q, null).getResults().getNumFound();
  }

  /** Runs a query; a 400 answer (bad query syntax) becomes an {@link InvalidQueryException} naming {@code parameter}. */
  private QueryResponse query(SolrQuery q, String parameter) {
    try {
      return request(() -> client.query(collection, q));
    } catch (SolrRequestFailed e) {
      if (parameter != null && e.getCause() instanceof SolrException se && se.code() == 400) {
        throw new InvalidQueryException(parameter, "Solr rejected the query: " + firstLine(se.getMessage()), se);
      }
      throw e;
    }
  }

  private interface Call<T> {
    T run() throws SolrServerException, IOException;
  }

  private <T> T request(Call<T> call) {
    return withRetries(call);
  }

  private <T> T withRetries(Call<T> call) {
    long wait = options.backoff().toMillis();
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run();
      } catch (SolrServerException | IOException | SolrException e) {
        if (!isTransient(e) || attempt >= options.attempts()) {
          throw new SolrRequestFailed(collection, attempt, e);
        }
      }
      try {
        Thread.sleep(wait);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new SolrRequestFailed(collection, attempt, ie);
      }
      wait = Math.min(wait * 2, 30_000);
    }
  }

  /** Connection problems, timeouts and server-side (5xx) errors may pass; a 4xx answer will not. */
  static boolean isTransient(Exception e) {
    if (e instanceof SolrException se) {
      int code = se.code();
      return code < 400 || code >= 500;
    }
    return true;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /** A Solr request that failed for good (after retries, or at once when not transient). */
  public static final class SolrRequestFailed extends RuntimeException {
    SolrRequestFailed(String collection, int attempts, Exception cause) {
      super("Solr collection " + collection + ": " + firstLine(cause.getMessage())
          + (attempts > 1 ? " (after " + attempts + " attempts)" : ""), cause);
    }
  }
}
