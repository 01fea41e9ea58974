package io.xinwen.cli;

import io.xinwen.index.ArticleIndex;
import io.xinwen.index.XinwenIndex;
import io.xinwen.index.solr.SolrIndex;
import io.xinwen.index.solr.SolrTarget;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where index, search, facts and stats work: the embedded index ({@code --index DIR}) or a
 * SolrCloud collection ({@code --solr URL/COLLECTION}, or {@code --zk HOSTS --collection NAME}).
 */
final class IndexDir {
  static final String DEFAULT = "xinwen-index";

  @Option(names = "--index", paramLabel = "DIR", defaultValue = DEFAULT,
      description = "Index directory (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(names = "--solr", paramLabel = "URL",
      description = {"Use a SolrCloud collection instead of --index,", "URL: http://HOST:8983/solr/COLLECTION"})
  String solr;

  @Option(names = "--zk", paramLabel = "HOSTS",
      description = {"Or find it through ZooKeeper (with --collection),", "HOSTS: HOST:PORT[,HOST:PORT…][/CHROOT]"})
  String zk;

  @Option(names = "--collection", paramLabel = "NAME", description = "The SolrCloud collection (with --zk).")
  String collection;

  /** The Solr collection named by the options, or null for the embedded index. */
  SolrTarget solrTarget() {
    try {
      if (solr != null) {
        if (zk != null || collection != null) throw new UsageException("give either --solr URL/COLLECTION or --zk HOSTS --collection NAME");
        return SolrTarget.url(solr);
      }
      if (zk != null) {
        if (collection == null) throw new UsageException("--zk needs --collection NAME");
        return SolrTarget.zk(zk, collection);
      }
      if (collection != null) throw new UsageException("--collection needs --zk HOSTS");
      return null;
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Opens the index for reading; a missing index is a usage error (exit 2). */
  ArticleIndex openReadOnly() {
    SolrTarget target = solrTarget();
    if (target != null) return SolrIndex.connect(target);
    try {
      return XinwenIndex.openReadOnly(dir);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The index directory or the Solr collection, for messages. */
  String describe() {
    SolrTarget target = solrTarget();
    return target == null ? dir.toString() : "Solr " + target;
  }
}
