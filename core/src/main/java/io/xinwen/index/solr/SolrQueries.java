package io.xinwen.index.solr;

import static io.xinwen.index.Fields.*;
import static io.xinwen.index.solr.SolrFields.*;

import io.xinwen.index.Facet;
import io.xinwen.index.FactQuery;
import io.xinwen.index.SearchQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.solr.client.solrj.SolrQuery;

/**
 * Builds the Solr requests that mirror the embedded index's queries: the same filters, the same
 * classic Lucene query syntax for text (terms ANDed, split on whitespace, a run of Chinese a
 * phrase), the same sort orders. User text is passed by parameter reference ({@code v=$qq}), so
 * it cannot carry Solr local parameters.
 */
final class SolrQueries {
  static final String ARTICLES = TYPE + ":article";
  static final String FACTS = TYPE + ":fact";
  /** Highlight markers: control characters that never occur in normalized article text. */
  static final String MARK_OPEN = "\u0002";
  static final String MARK_CLOSE = "\u0003";
  static final int MAX_SNIPPETS = 3;
  private static final String USER_TEXT = "qq";

  /** An exact-term filter on a string field; the value needs no escaping. */
  static String term(String field, String value) {
    return "{!term f=" + field + "}" + value;
  }

  SolrQuery search(SearchQuery q) {
    SolrQuery s = text(TEXT, q.text());
    s.addFilterQuery(ARTICLES);
    if (q.country() != null) s.addFilterQuery(term(COUNTRY, q.country()));
    if (q.from() != null || q.to() != null) s.addFilterQuery(PUBLISHED + ":[" + day(q.from()) + " TO " + day(q.to()) + "]");
    s.setRows(q.limit());
    s.setFields(ID, ARTICLE_ID, TITLE, SOURCE, PUBLISHED, COUNTRY, TEXT, SCORE);
    s.set("sort", SCORE + " desc," + ARTICLE_ID + " asc");
    s.set("hl", true);
    s.set("hl.method", "unified");
    s.set("hl.fl", TEXT);
    s.set("hl.snippets", MAX_SNIPPETS);
    s.set("hl.fragsize", 1); // one sentence per passage, as the embedded index's snippets (0 would mean the whole text)
    s.set("hl.bs.type", "SENTENCE");
    s.set("hl.bs.language", "zh");
    s.set("hl.maxAnalyzedChars", 1_000_000);
    s.set("hl.defaultSummary", true);
    s.set("hl.tag.pre", MARK_OPEN);
    s.set("hl.tag.post", MARK_CLOSE);
    return s;
  }

  SolrQuery facts(FactQuery q) {
    SolrQuery s = factQuery(q);
    s.setRows(q.limit());
    s.setFields("*", SCORE);
    String order = PUBLISHED + " desc," + ARTICLE_ID + " asc," + START + " asc";
    s.set("sort", q.text() != null ? SCORE + " desc," + order : order);
    return s;
  }

  SolrQuery factFacets(FactQuery q, Facet facet, int top) {
    SolrQuery s = factQuery(q).setRows(0);
    facets(s, top, facet);
    return s;
  }

  SolrQuery facetsOf(String filter, int top, Facet... facets) {
    SolrQuery s = new SolrQuery("*:*").addFilterQuery(filter).setRows(0);
    facets(s, top, facets);
    return s;
  }

  private static void facets(SolrQuery s, int top, Facet... facets) {
    if (top < 1) throw new IllegalArgumentException("top must be at least 1, was " + top);
    s.setFacet(true).setFacetMinCount(1).setFacetLimit(top).setFacetSort("count");
    for (Facet f : facets) s.addFacetField(facet(f));
  }

  private static SolrQuery factQuery(FactQuery q) {
    SolrQuery s = q.text() != null ? text(SENTENCE, q.text()) : new SolrQuery("*:*");
    s.addFilterQuery(FACTS);
    if (q.kind() != null) s.addFilterQuery(term(KIND, q.kind()));
    for (String c : q.countries()) s.addFilterQuery(term(COUNTRY, c));
    if (q.unit() != null) s.addFilterQuery(term(UNIT, q.unit()));
    if (q.min() != null || q.max() != null) s.addFilterQuery(VALUE + ":[" + number(q.min()) + " TO " + number(q.max()) + "]");
    if (q.to() != null) s.addFilterQuery(DATE_START + ":[* TO " + q.to().toEpochDay() + "]");
    if (q.from() != null) s.addFilterQuery(DATE_END + ":[" + q.from().toEpochDay() + " TO *]");
    if (q.speaker() != null) s.addFilterQuery(term(SPEAKER, q.speaker()));
    return s;
  }

  /** The classic Lucene parser over {@code field}, as the embedded index parses query text. */
  private static SolrQuery text(String field, String text) {
    SolrQuery s = new SolrQuery("{!lucene df=" + field + " q.op=AND sow=true v=$" + USER_TEXT + "}");
    s.set(USER_TEXT, text);
    return s;
  }

  private static String day(LocalDate d) {
    return d == null ? "*" : Long.toString(d.toEpochDay());
  }

  /** The double the embedded index compares with (a double point); infinite bounds are open. */
  private static String number(BigDecimal v) {
    if (v == null) return "*";
    double d = v.doubleValue();
    return Double.isInfinite(d) ? "*" : Double.toString(d);
  }
}
