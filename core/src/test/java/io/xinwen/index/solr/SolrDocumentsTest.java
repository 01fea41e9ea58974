package io.xinwen.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.index.ArticleDocuments;
import io.xinwen.model.Amount;
import io.xinwen.model.Article;
import java.io.IOException;
import java.net.ConnectException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;

/** Article → Solr documents, without a cluster: ids, the filter-only and point fields, facets. */
class SolrDocumentsTest {
  private static Article withMoney() {
    return CorpusArticles.get().stream()
        .filter(a -> a.amounts().stream().anyMatch(m -> m.kind().equals("money")))
        .findFirst().orElseThrow();
  }

  @Test
  void oneDocumentPerLuceneDocumentWithUniqueRoutedIds() {
    Article a = withMoney();
    List<SolrInputDocument> docs = SolrDocuments.of(a);
    assertThat(docs).hasSameSizeAs(ArticleDocuments.of(a)).hasSizeGreaterThan(1);
    assertThat(docs.get(0).getFieldValue("id")).isEqualTo(a.id() + "!a");
    assertThat(docs.get(0).getFieldValue("type")).isEqualTo("article");
    assertThat(docs.get(0).getFieldValue("text")).isEqualTo(a.text());
    Set<Object> ids = new HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      SolrInputDocument d = docs.get(i);
      assertThat(ids.add(d.getFieldValue("id"))).isTrue();
      assertThat(d.getFieldValue("article_id")).isEqualTo(a.id());
      if (i > 0) {
        assertThat(d.getFieldValue("id")).isEqualTo(a.id() + "!f" + i);
        assertThat(d.getFieldValue("type")).isEqualTo("fact");
        assertThat(d.getFieldValues("kind")).hasSize(1);
        assertThat(d.getFieldValues("facet.kind")).containsExactly(d.getFieldValue("kind"));
      }
    }
    assertThat(SolrDocuments.of(a).toString()).as("same article, same documents").isEqualTo(docs.toString());
  }

  @Test
  void amountsCarryTheDoubleForRangesAndTheExactDecimal() {
    Article a = withMoney();
    Amount money = a.amounts().stream().filter(m -> m.kind().equals("money")).findFirst().orElseThrow();
    SolrInputDocument d = SolrDocuments.of(a).stream()
        .filter(x -> "money".equals(x.getFieldValue("kind")) && Integer.valueOf(money.start()).equals(x.getFieldValue("start")))
        .findFirst().orElseThrow();
    assertThat(d.getFieldValue("value")).isEqualTo(money.value().doubleValue());
    assertThat(d.getFieldValue("value_exact")).isEqualTo(money.value().toPlainString());
    assertThat(d.getFieldValue("unit")).isEqualTo(money.unit());
    assertThat(d.getFieldValue("fact_text")).isEqualTo(money.text());
  }

  @Test
  void onlyConnectionAndServerErrorsAreRetried() {
    assertThat(SolrIndex.isTransient(new SolrServerException(new ConnectException("refused")))).isTrue();
    assertThat(SolrIndex.isTransient(new IOException("reset"))).isTrue();
    assertThat(SolrIndex.isTransient(new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "no leader"))).isTrue();
    assertThat(SolrIndex.isTransient(new SolrException(SolrException.ErrorCode.SERVER_ERROR, "boom"))).isTrue();
    assertThat(SolrIndex.isTransient(new SolrException(SolrException.ErrorCode.BAD_REQUEST, "unknown field"))).isFalse();
    assertThat(SolrIndex.isTransient(new SolrException(SolrException.ErrorCode.CONFLICT, "version"))).isFalse();
  }
}
