package io.xinwen.index;

import java.math.BigDecimal;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Turns {@link FactQuery} and {@link SearchQuery} criteria into Lucene queries and sorts over {@link Fields}.
 * Public for {@link #parse}, which the SolrCloud backend uses to reject query text exactly as the embedded index does.
 */
public final class LuceneQueries {
  private LuceneQueries() {}

  static Query facts(FactQuery q, Analyzer analyzer) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(type(Fields.TYPE_FACT), Occur.FILTER);
    if (q.kind() != null) b.add(new TermQuery(new Term(Fields.KIND, q.kind())), Occur.FILTER);
    for (String c : q.countries()) b.add(new TermQuery(new Term(Fields.COUNTRY, c)), Occur.FILTER);
    if (q.unit() != null) b.add(new TermQuery(new Term(Fields.UNIT, q.unit())), Occur.FILTER);
    if (q.min() != null || q.max() != null) b.add(valueRange(q.min(), q.max()), Occur.FILTER);
    if (q.to() != null) b.add(LongPoint.newRangeQuery(Fields.DATE_START, Long.MIN_VALUE, q.to().toEpochDay()), Occur.FILTER);
    if (q.from() != null) b.add(LongPoint.newRangeQuery(Fields.DATE_END, q.from().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
    if (q.speaker() != null) b.add(new TermQuery(new Term(Fields.SPEAKER, q.speaker())), Occur.FILTER);
    if (q.text() != null) b.add(parse(analyzer, "text", Fields.SENTENCE, q.text()), Occur.MUST);
    return b.build();
  }

  /** Inclusive bounds on the double point; a bound between two doubles rounds outward, then nothing is lost. */
  static Query valueRange(BigDecimal min, BigDecimal max) {
    double lo = min == null ? Double.NEGATIVE_INFINITY : min.doubleValue();
    double hi = max == null ? Double.POSITIVE_INFINITY : max.doubleValue();
    if (lo > hi) return new MatchNoDocsQuery("empty value range");
    return DoublePoint.newRangeQuery(Fields.VALUE, lo, hi);
  }

  /** Article documents matching {@code text} (the parsed query text) and the query's filters. */
  static Query articles(SearchQuery q, Query text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST).add(type(Fields.TYPE_ARTICLE), Occur.FILTER);
    if (q.country() != null) b.add(new TermQuery(new Term(Fields.COUNTRY, q.country())), Occur.FILTER);
    if (q.from() != null || q.to() != null) b.add(publishedRange(q), Occur.FILTER);
    return b.build();
  }

  /** Fact order: by relevance first when {@code byScore}, then newest article, article id, position in the text. */
  static Sort factOrder(boolean byScore) {
    SortField published = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE);
    SortField article = new SortField(Fields.ARTICLE_ID, SortField.Type.STRING);
    SortField start = new SortField(Fields.START, SortField.Type.INT);
    return byScore ? new Sort(SortField.FIELD_SCORE, published, article, start) : new Sort(published, article, start);
  }

  static Query publishedRange(SearchQuery q) {
    long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
    long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
    return LongPoint.newRangeQuery(Fields.PUBLISHED, lo, hi);
  }

  public static Query parse(Analyzer analyzer, String parameter, String field, String text) {
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

  static Query type(String type) {
    return new TermQuery(new Term(Fields.TYPE, type));
  }
}
