package io.xinwen.index;

import io.xinwen.model.Speaker;
import java.math.BigDecimal;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** Reads hits back from stored fields: the article reference of any document, the {@link FactHit} of a fact document. */
final class StoredHits {
  private StoredHits() {}

  static ArticleRef ref(Document d) {
    String title = d.get(Fields.TITLE) != null ? d.get(Fields.TITLE) : d.get(Fields.ARTICLE_TITLE);
    return new ArticleRef(d.get(Fields.ARTICLE_ID), title, d.get(Fields.SOURCE), ArticleDocuments.day(num(d, Fields.PUBLISHED)));
  }

  static FactHit factHit(Document d, float score) {
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
}
