package io.xinwen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.index.solr.FailedBatch;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The --solr/--zk/--collection options without a cluster: bad combinations are usage errors; failed batches are listed. */
class SolrOptionsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "search 光伏 --solr http://localhost:8983/solr                      | the collection is missing",
    "search 光伏 --solr localhost:8983/solr/xinwen                      | expected http://HOST:PORT/solr/COLLECTION",
    "facts --zk localhost:9983                                          | --zk needs --collection NAME",
    "stats --collection xinwen                                          | --collection needs --zk HOSTS",
    "search 光伏 --solr http://h:8983/solr/x --zk h:9983 --collection x | either --solr URL/COLLECTION or --zk",
    "index --solr http://h:8983/solr/x --batch-size 0 corpus            | --batch-size must be at least 1"})
  void badSolrOptionsAreUsageErrors(String args, String message) {
    CliRun r = CliRun.of(args.trim().split(" +"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(message);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void failedBatchesAreListedWithTheirArticlesAndExitWithOne() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    assertThat(IndexCommand.failedBatches(List.of(), err)).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    int code = IndexCommand.failedBatches(List.of(
        new FailedBatch(List.of("a1", "a2"), 40, "Solr collection x: Connection refused (after 5 attempts)"),
        new FailedBatch(List.of("a3"), 12, "Solr collection x: No active replicas")), err);
    assertThat(code).isEqualTo(1);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
        "xinwen: 2 batches (3 articles) not indexed after retries; run the same command again when the cluster is healthy\n"
            + "  40 documents: Solr collection x: Connection refused (after 5 attempts)\n"
            + "    articles: a1 a2\n"
            + "  12 documents: Solr collection x: No active replicas\n"
            + "    articles: a3\n");
  }
}
