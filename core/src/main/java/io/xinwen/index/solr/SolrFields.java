package io.xinwen.index.solr;

import io.xinwen.index.Facet;
import java.util.Locale;

/**
 * Field names of {@code solr/configset/managed-schema.xml}: the embedded index's field names
 * (documents are converted field for field), plus the unique {@code id}.
 */
final class SolrFields {
  private SolrFields() {}

  static final String ID = SolrDocuments.ID;
  static final String TYPE = "type";
  static final String ARTICLE_ID = "article_id";
  static final String SOURCE = "source";
  static final String TITLE = "title";
  static final String ARTICLE_TITLE = "article_title";
  static final String TEXT = "text";
  static final String PUBLISHED = "published";
  static final String COUNTRY = "country";
  static final String KIND = "kind";
  static final String FACT_TEXT = "fact_text";
  static final String VALUE = "value";
  static final String VALUE_EXACT = "value_exact";
  static final String VALUE_MAX = "value_max";
  static final String UNIT = "unit";
  static final String APPROX = "approx";
  static final String DATE_VALUE = "date_value";
  static final String DATE_START = "date_start";
  static final String DATE_END = "date_end";
  static final String SENTENCE = "sentence";
  static final String SENTENCE_START = "sentence_start";
  static final String SENTENCE_COUNTRY = "sentence_country";
  static final String SENTENCE_DATE = "sentence_date";
  static final String SPEAKER = "speaker";
  static final String SPEAKER_TITLE = "speaker_title";
  static final String SPEAKER_ORG = "speaker_org";
  static final String SPEAKER_COUNTRY = "speaker_country";
  static final String START = "start";
  static final String END = "end";
  static final String RAW_START = "raw_start";
  static final String RAW_END = "raw_end";
  static final String RULE = "rule";
  static final String SCORE = "score";

  /** The doc-values field counting {@code facet}: {@code facet.country}, {@code facet.kind}, … */
  static String facet(Facet facet) {
    return "facet." + facet.name().toLowerCase(Locale.ROOT);
  }
}
