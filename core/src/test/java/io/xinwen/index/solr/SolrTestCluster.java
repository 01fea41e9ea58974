package io.xinwen.index.solr;

import io.xinwen.testing.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One 2-node SolrCloud cluster (embedded ZooKeeper, Jetty on loopback) for every Solr test class in
 * the run, started on first use and shut down when the run ends; the repository's
 * {@code solr/configset} is uploaded as config set {@value #CONFIG}.
 *
 * <p>Use with {@code @ExtendWith(SolrTestCluster.class)}, then {@link #get()} and
 * {@link #createCollection(String)}; each test class works in collections of its own.
 */
public final class SolrTestCluster implements BeforeAllCallback {
  public static final String CONFIG = "xinwen";
  private static final int NODES = 2;
  private static final int SHARDS = 2;

  /** Jersey (inside Solr) logs through java.util.logging; keep the logger so its level sticks. */
  private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

  private static volatile Holder holder;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (SolrTestCluster.class) {
      if (holder == null) {
        holder = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(Holder.class, k -> Holder.start(), Holder.class);
      }
    }
  }

  /** The running cluster. */
  public static MiniSolrCloudCluster get() {
    if (holder == null) throw new IllegalStateException("annotate the test class with @ExtendWith(SolrTestCluster.class)");
    return holder.cluster;
  }

  /** Creates a collection of 2 shards × 1 replica (one shard per node) from the xinwen config set. */
  public static void createCollection(String name) throws Exception {
    MiniSolrCloudCluster c = get();
    CollectionAdminRequest.createCollection(name, CONFIG, SHARDS, 1).process(c.getSolrClient());
    c.waitForActiveCollection(name, 60, TimeUnit.SECONDS, SHARDS, SHARDS);
  }

  /** The configset folder in the repository. */
  public static Path configset() {
    return TestPaths.repoRoot().resolve("solr").resolve("configset");
  }

  private static final class Holder implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final MiniSolrCloudCluster cluster;
    final Path dir;

    private Holder(MiniSolrCloudCluster cluster, Path dir) {
      this.cluster = cluster;
      this.dir = dir;
    }

    static Holder start() {
      try {
        Path dir = Files.createTempDirectory("xinwen-solrcloud");
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        // the embedded ZooKeeper's health check uses the 'stat' four-letter command; Solr's log dir
        // only matters to its startup check (tests log through log4j2-test.xml)
        System.setProperty("zookeeper.4lw.commands.whitelist", "*");
        System.setProperty("solr.log.dir", dir.resolve("logs").toString());
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(NODES, dir)
            .addConfig(CONFIG, configset())
            .withMetrics(false)
            .build();
        return new Holder(cluster, dir);
      } catch (Exception e) {
        throw new IllegalStateException("cannot start the SolrCloud test cluster: " + e, e);
      }
    }

    @Override
    public void close() throws Exception {
      cluster.shutdown();
    }
  }
}
