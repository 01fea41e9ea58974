package io.xinwen.index;

import io.xinwen.model.Article;
import java.io.Closeable;
import java.util.List;
import java.util.Map;

/**
 * An index of processed articles and their facts, searched with {@link SearchQuery} and
 * {@link FactQuery}. Two backends give the same results for the same articles: the embedded
 * Lucene {@link XinwenIndex} and the SolrCloud collection {@code io.xinwen.index.solr.SolrIndex}.
 */
public interface ArticleIndex extends Closeable {
  /** Adds an article and its facts, replacing any article with the same id. */
  void add(Article article);

  /**
   * Adds several articles, as {@link #add} does each; a backend may prepare them all before writing
   * any. When it throws, some of them may have been added (adding again replaces them).
   */
  default void addAll(List<Article> articles) {
    for (Article a : articles) add(a);
  }

  /** Removes an article and its facts; no-op when absent. */
  void delete(String articleId);

  /** Makes every change so far durable and visible to searches. */
  void commit();

  /** True when an article with this id is in the index. */
  boolean contains(String articleId);

  long articleCount();

  long factCount();

  /** Ranked articles matching the query text, with highlighted snippets. */
  Hits<ArticleHit> search(SearchQuery q);

  /** Facts matching every criterion: by relevance when the query has text, else newest article first, then in text order. */
  Hits<FactHit> facts(FactQuery q);

  /** Counts of the facts matching {@code q} by {@code facet} value, largest first, at most {@code top}. */
  Map<String, Long> factFacets(FactQuery q, Facet facet, int top);

  /** Article and fact counts and the top {@code top} values of every facet. */
  IndexStats stats(int top);

  @Override
  void close();
}
