package io.xinwen.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.model.Article;
import io.xinwen.index.ArticleDocuments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node stops in the middle of an indexing run: the run goes on, reports the batches the stopped
 * node's shard could not take, and a rerun after the node returns completes the collection with
 * every article and fact exactly once.
 */
@ExtendWith(SolrTestCluster.class)
class SolrFaultTest {
  private static final String COLLECTION = "fault";

  @Test
  void aStoppedNodeFailsBatchesAndARerunCompletesWithoutDuplicates() throws Exception {
    MiniSolrCloudCluster cluster = SolrTestCluster.get();
    SolrTestCluster.createCollection(COLLECTION);
    List<Article> corpus = CorpusArticles.get();
    Set<String> ids = new LinkedHashSet<>();
    long facts = 0;
    for (Article a : corpus) {
      ids.add(a.id());
      facts += ArticleDocuments.of(a).size() - 1;
    }
    assertThat(ids).hasSizeGreaterThan(4);

    // stop the node holding the shard of the first article sent after the stop (an article and its
    // facts share a shard), so the second half surely has documents for the stopped node
    int half = corpus.size() / 2;
    DocCollection state = cluster.getZkStateReader().getClusterState().getCollection(COLLECTION);
    Slice slice = state.getRouter().getTargetSlice(corpus.get(half).id() + "!a", null, null, null, state);
    JettySolrRunner victim = cluster.getReplicaJetty(slice.getLeader());
    JettySolrRunner survivor = cluster.getJettySolrRunners().stream().filter(j -> j != victim).findFirst().orElseThrow();

    // connect as the CLI does, by URL, to the node that stays up; few quick retries
    SolrTarget target = SolrTarget.url(survivor.getBaseUrl() + "/" + COLLECTION);
    SolrIndex.Options options = new SolrIndex.Options(30, 2, Duration.ofMillis(100), Duration.ofSeconds(10));

    JettySolrRunner stopped = null;
    List<FailedBatch> failed;
    try (SolrIndex run = SolrIndex.connect(target, options)) {
      for (int i = 0; i < corpus.size(); i++) {
        if (i == half) {
          run.flush();
          assertThat(run.failedBatches()).as("failures before the node stops").isEmpty();
          stopped = cluster.stopJettySolrRunner(victim);
          cluster.waitForJettyToStop(stopped);
        }
        run.add(corpus.get(i));
      }
      run.flush();
      failed = run.failedBatches();
      assertThat(failed).as("batches sent while a shard was down").isNotEmpty();
      assertThat(run.sentArticles()).as("articles in accepted batches").isGreaterThanOrEqualTo(half);
      List<String> reported = new ArrayList<>();
      for (FailedBatch b : failed) {
        assertThat(b.error()).isNotBlank();
        assertThat(b.documents()).isGreaterThan(0);
        reported.addAll(b.articleIds());
      }
      assertThat(reported).doesNotHaveDuplicates().allSatisfy(id -> assertThat(ids).contains(id));
      assertThat(run.sentArticles() + reported.size()).isEqualTo(corpus.size());
    } finally {
      if (stopped != null && !stopped.isRunning()) {
        cluster.startJettySolrRunner(stopped);
        cluster.waitForNode(stopped, 60);
      }
    }
    cluster.waitForActiveCollection(COLLECTION, 60, TimeUnit.SECONDS, 2, 2);

    // the rerun sends everything again: re-added documents replace their earlier copies
    try (SolrIndex rerun = SolrIndex.connect(target, options)) {
      for (Article a : corpus) rerun.add(a);
      rerun.commit();
      assertThat(rerun.failedBatches()).isEmpty();
      assertThat(rerun.articleCount()).isEqualTo(ids.size());
      assertThat(rerun.factCount()).isEqualTo(facts);
      for (String id : ids) assertThat(rerun.contains(id)).as(id).isTrue();
    }
    long all = cluster.getSolrClient().query(COLLECTION, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    assertThat(all).as("documents in the collection").isEqualTo(ids.size() + facts);
  }
}
