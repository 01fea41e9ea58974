package io.xinwen.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** Field names of the index schema (one document per article, one per fact) and the stored-text field type. */
public final class Fields {
  private Fields() {}

  public static final String TYPE = "type";
  public static final String TYPE_ARTICLE = "article";
  public static final String TYPE_FACT = "fact";

  /** The article's id, on the article document and every fact document (the replace key). */
  public static final String ARTICLE_ID = "article_id";
  public static final String SOURCE = "source";
  public static final String TITLE = "title";
  /** The article title stored on fact documents (the schema of {@link #TITLE} is analyzed). */
  public static final String ARTICLE_TITLE = "article_title";
  public static final String TEXT = "text";
  /** Epoch day: point, doc values (sort) and stored, on article and fact documents. */
  public static final String PUBLISHED = "published";
  public static final String REFERENCE_DATE = "reference_date";
  /** Filter field: article → every country named; fact → sentence countries and the speaker's country. */
  public static final String COUNTRY = "country";
  public static final String PERSON = "person";
  public static final String AUTHOR = "author";
  public static final String AGENCY = "agency";

  public static final String KIND = "kind";
  public static final String FACT_TEXT = "fact_text";
  /** Double point of the amount's value; {@link #VALUE_EXACT} stores the BigDecimal as text. */
  public static final String VALUE = "value";
  public static final String VALUE_EXACT = "value_exact";
  public static final String VALUE_MAX = "value_max";
  public static final String UNIT = "unit";
  public static final String APPROX = "approx";
  public static final String DATE_VALUE = "date_value";
  /** Epoch days of the fact's date span (points + stored). */
  public static final String DATE_START = "date_start";
  public static final String DATE_END = "date_end";
  public static final String SENTENCE = "sentence";
  public static final String SENTENCE_START = "sentence_start";
  public static final String SENTENCE_COUNTRY = "sentence_country";
  public static final String SENTENCE_DATE = "sentence_date";
  public static final String SPEAKER = "speaker";
  public static final String SPEAKER_TITLE = "speaker_title";
  public static final String SPEAKER_ORG = "speaker_org";
  public static final String SPEAKER_COUNTRY = "speaker_country";
  public static final String START = "start";
  public static final String END = "end";
  public static final String RAW_START = "raw_start";
  public static final String RAW_END = "raw_end";
  public static final String RULE = "rule";

  /** Analyzed, stored, with positions and offsets in the postings (for exact highlight offsets). */
  public static final FieldType STORED_TEXT_WITH_OFFSETS;

  /**
   * A fact's sentence as searched: analyzed, not stored (a stored field beside it holds the text),
   * positions for phrases, no norms — sentences are short and alike, and skipping their norms saves
   * index time; the SolrCloud schema says the same ({@code omitNorms} on {@code sentence}).
   */
  public static final FieldType SENTENCE_TEXT;

  static {
    FieldType s = new FieldType();
    s.setTokenized(true);
    s.setStored(false);
    s.setOmitNorms(true);
    s.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    s.freeze();
    SENTENCE_TEXT = s;
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    STORED_TEXT_WITH_OFFSETS = t;
  }
}
