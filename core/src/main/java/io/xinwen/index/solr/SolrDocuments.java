package io.xinwen.index.solr;

import io.xinwen.index.ArticleDocuments;
import io.xinwen.model.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;

/**
 * Turns an {@link Article} into the Solr documents of {@code solr/configset}: exactly the
 * documents of the embedded index ({@link ArticleDocuments}), field for field, plus a unique
 * {@value #ID}: {@code ARTICLEID!a} for the article, {@code ARTICLEID!fN} for its N-th fact.
 * Article ids are content hashes, so re-sending an article replaces its documents, and the
 * compositeId router keeps an article and its facts on one shard.
 *
 * <p>A Lucene field becomes a Solr value when it is stored; an unstored field only when no stored
 * field of that name exists (filter-only keywords, the amount's double point, facet doc values).
 */
final class SolrDocuments {
  static final String ID = "id";

  private SolrDocuments() {}

  static List<SolrInputDocument> of(Article article) {
    List<Document> docs = ArticleDocuments.of(article);
    List<SolrInputDocument> out = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      SolrInputDocument d = convert(docs.get(i));
      d.setField(ID, article.id() + (i == 0 ? "!a" : "!f" + i));
      out.add(d);
    }
    return out;
  }

  static SolrInputDocument convert(Document doc) {
    Set<String> stored = new HashSet<>();
    for (IndexableField f : doc) {
      if (f.fieldType().stored()) stored.add(f.name());
    }
    SolrInputDocument d = new SolrInputDocument();
    for (IndexableField f : doc) {
      Object v = value(f, stored.contains(f.name()));
      if (v != null) d.addField(f.name(), v);
    }
    return d;
  }

  private static Object value(IndexableField f, boolean nameIsStored) {
    if (f.fieldType().stored()) return f.numericValue() != null ? f.numericValue() : f.stringValue();
    if (nameIsStored) return null; // points and doc values beside a stored value of the same field
    if (f instanceof StringField || f instanceof TextField) return f.stringValue();
    if (f instanceof DoublePoint) return DoublePoint.decodeDimension(f.binaryValue().bytes, f.binaryValue().offset);
    if (f instanceof SortedSetDocValuesField) return f.binaryValue().utf8ToString();
    throw new IllegalStateException("no Solr mapping for unstored field " + f.name() + " (" + f.getClass().getSimpleName() + ")");
  }
}
