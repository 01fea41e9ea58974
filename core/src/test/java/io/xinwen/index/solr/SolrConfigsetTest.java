package io.xinwen.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.index.TextAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The configset as Solr loads it: a 2-shard collection accepts xinwen's documents and answers text, range and facet queries. */
@ExtendWith(SolrTestCluster.class)
class SolrConfigsetTest {
  private static final String COLLECTION = "configset_test";

  @BeforeAll
  static void index() throws Exception {
    SolrTestCluster.createCollection(COLLECTION);
    UpdateRequest u = new UpdateRequest();
    u.add(article("a1", "中国和哈萨克斯坦签署光伏合作协议", List.of("CN", "KZ"), 20100));
    u.add(article("a2", "乌兹别克斯坦的风电项目并网发电", List.of("UZ"), 20200));
    u.add(fact("a1", 0, "money", 1.4e11, "USD", "双方贸易额超1400亿美元", "CN"));
    u.add(fact("a1", 1, "percent", 12.5, "%", "同比增长12.5%", "KZ"));
    u.add(fact("a2", 0, "money", 3.0e8, "USD", "项目投资3亿美元", "UZ"));
    u.commit(client(), COLLECTION);
  }

  private static CloudSolrClient client() {
    return SolrTestCluster.get().getSolrClient();
  }

  private static SolrInputDocument article(String id, String text, List<String> countries, long published) {
    SolrInputDocument d = new SolrInputDocument();
    d.addField("id", id + "!a");
    d.addField("type", "article");
    d.addField("article_id", id);
    d.addField("text", text);
    d.addField("published", published);
    for (String c : countries) {
      d.addField("country", c);
      d.addField("facet.country", c);
    }
    return d;
  }

  private static SolrInputDocument fact(String article, int n, String kind, double value, String unit, String sentence, String country) {
    SolrInputDocument d = new SolrInputDocument();
    d.addField("id", article + "!f" + n);
    d.addField("type", "fact");
    d.addField("article_id", article);
    d.addField("kind", kind);
    d.addField("facet.kind", kind);
    d.addField("value", value);
    d.addField("unit", unit);
    d.addField("facet.unit", unit);
    d.addField("sentence", sentence);
    d.addField("country", country);
    d.addField("start", n);
    return d;
  }

  private static QueryResponse query(SolrQuery q) throws Exception {
    return client().query(COLLECTION, q);
  }

  @Test
  void chineseTextIsSearchedAsAPhraseAcrossShards() throws Exception {
    QueryResponse r = query(new SolrQuery("光伏合作").addFilterQuery("type:article"));
    assertThat(r.getResults()).extracting(d -> d.getFieldValue("article_id")).containsExactly("a1");
    assertThat(query(new SolrQuery("光伏 风电").addFilterQuery("type:article")).getResults()).isEmpty();
    assertThat(query(new SolrQuery("合作光伏").addFilterQuery("type:article")).getResults()).isEmpty();
  }

  @Test
  void amountRangesAndDayRangesFilterFacts() throws Exception {
    QueryResponse r = query(new SolrQuery("*:*")
        .addFilterQuery("type:fact", "kind:money", "value:[1.0E9 TO *]")
        .setFields("article_id", "start"));
    assertThat(r.getResults()).extracting(d -> d.getFieldValue("article_id")).containsExactly("a1");
    QueryResponse byDay = query(new SolrQuery("*:*").addFilterQuery("type:article", "published:[20150 TO *]"));
    assertThat(byDay.getResults()).extracting(d -> d.getFieldValue("article_id")).containsExactly("a2");
  }

  @Test
  void facetsCountDocValuesOnlyFields() throws Exception {
    QueryResponse r = query(new SolrQuery("*:*").addFilterQuery("type:fact").setRows(0)
        .setFacet(true).addFacetField("facet.kind", "facet.unit").setFacetMinCount(1));
    FacetField kinds = r.getFacetField("facet.kind");
    assertThat(kinds.getValues()).extracting(FacetField.Count::getName, FacetField.Count::getCount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("money", 2L), org.assertj.core.groups.Tuple.tuple("percent", 1L));
    assertThat(r.getFacetField("facet.unit").getValues()).hasSize(2);
  }

  /** The configset's text type must tokenize exactly as the embedded index's analyzer, or the same queries would not match the same documents. */
  @Test
  void textFieldTypeTokenizesAsTheEmbeddedAnalyzer() throws Exception {
    List<String> samples = List.of(
        "新华社塔什干8月27日电 乌兹别克斯坦与中国企业签署协议，投资额超12亿美元。",
        "２０２４年两国贸易额增长１５．５％，ＡＰＥＣ和the Belt and Road倡议",
        "巴基斯坦工商联合会主席谢赫说：“中巴经济走廊为两国带来了实实在在的好处。”");
    try (Analyzer analyzer = TextAnalysis.analyzer()) {
      for (String text : samples) {
        FieldAnalysisRequest req = new FieldAnalysisRequest().addFieldType("text_xinwen").setFieldValue(text);
        FieldAnalysisResponse r = req.process(client(), COLLECTION);
        List<AnalysisResponseBase.AnalysisPhase> phases = new ArrayList<>();
        r.getFieldTypeAnalysis("text_xinwen").getIndexPhases().forEach(phases::add);
        List<String> solrTokens = phases.get(phases.size() - 1).getTokens().stream().map(AnalysisResponseBase.TokenInfo::getText).toList();
        assertThat(solrTokens).as(text).isEqualTo(tokens(analyzer, text)).isNotEmpty();
      }
    }
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }

  @Test
  void storedMultiValuedFieldsKeepTheirOrder() throws Exception {
    SolrDocument d = query(new SolrQuery("id:a1!a")).getResults().get(0);
    assertThat(d.getFieldValues("country")).containsExactly("CN", "KZ");
    assertThat(d.getFieldValue("published")).isEqualTo(20100L);
    assertThat(d.getFieldNames()).contains("text", "type", "article_id").doesNotContain("facet.country");
  }
}
