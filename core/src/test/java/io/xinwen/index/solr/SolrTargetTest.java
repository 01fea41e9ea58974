package io.xinwen.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SolrTargetTest {
  @Test
  void urlEndsWithTheCollection() {
    SolrTarget t = SolrTarget.url("http://localhost:8983/solr/xinwen");
    assertThat(t.solrUrl()).isEqualTo("http://localhost:8983/solr");
    assertThat(t.collection()).isEqualTo("xinwen");
    assertThat(t.zkHosts()).isEmpty();
    assertThat(SolrTarget.url(" https://solr.example.org/solr/news-2025/ ")).isEqualTo(
        new SolrTarget("https://solr.example.org/solr", List.of(), null, "news-2025"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost:8983/solr/xinwen", "http://localhost:8983/solr", "http://localhost:8983", "ftp://h/solr/x", "http:///solr/x", ""})
  void urlWithoutSchemeHostOrCollectionIsRejected(String url) {
    assertThatThrownBy(() -> SolrTarget.url(url)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("solr");
  }

  @Test
  void zkHostsWithOptionalChroot() {
    assertThat(SolrTarget.zk("zk1:2181,zk2:2181", "xinwen")).isEqualTo(new SolrTarget(null, List.of("zk1:2181", "zk2:2181"), null, "xinwen"));
    SolrTarget t = SolrTarget.zk("localhost:9983/solr", "news");
    assertThat(t.zkHosts()).containsExactly("localhost:9983");
    assertThat(t.zkChroot()).isEqualTo("/solr");
    assertThat(t.collection()).isEqualTo("news");
  }

  @Test
  void zkNeedsHostsAndACollection() {
    assertThatThrownBy(() -> SolrTarget.zk("/solr", "x")).hasMessageContaining("zk");
    assertThatThrownBy(() -> SolrTarget.zk("localhost:9983", " ")).hasMessageContaining("collection");
    assertThatThrownBy(() -> new SolrTarget("http://h/solr", List.of("zk:1"), null, "x")).hasMessageContaining("either");
  }
}
