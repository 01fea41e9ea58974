package io.xinwen.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** Field names of the index schema (one document per article, one per fact) and the stored-text field type. */
final class Fields {
  private Fields() {}

  static final String TYPE = "type";
  static final String TYPE_ARTICLE = "article";
  static final String TYPE_FACT = "fact";

  /** The article's id, on the article document and every fact document (the replace key). */
  static final String ARTICLE_ID = "article_id";
  static final String SOURCE = "source";
  static final String TITLE = "title";
  /** The article title stored on fact documents (the schema of {@link #TITLE} is analyzed). */
  static final String ARTICLE_TITLE = "article_title";
  static final String TEXT = "text";
  /** Epoch day: point, doc values (sort) and stored, on article and fact documents. */
  static final String PUBLISHED = "published";
  static final String REFERENCE_DATE = "reference_date";
  /** Filter field: article → every country named; fact → sentence countries and the speaker's country. */
  static final String COUNTRY = "country";
  static final String PERSON = "person";
  static final String AUTHOR = "author";
  static final String AGENCY = "agency";

  static final String KIND = "kind";
  static final String FACT_TEXT = "fact_text";
  /** Double point of the amount's value; {@link #VALUE_EXACT} stores the BigDecimal as text. */
  static final String VALUE = "value";
  static final String VALUE_EXACT = "value_exact";
  static final String VALUE_MAX = "value_max";
  static final String UNIT = "unit";
  static final String APPROX = "approx";
  static final String DATE_VALUE = "date_value";
  /** Epoch days of the fact's date span (points + stored). */
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

  /** Analyzed, stored, with positions and offsets in the postings (for exact highlight offsets). */
  static final FieldType STORED_TEXT_WITH_OFFSETS;

  static {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    STORED_TEXT_WITH_OFFSETS = t;
  }
}
