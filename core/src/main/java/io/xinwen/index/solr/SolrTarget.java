package io.xinwen.index.solr;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a SolrCloud collection lives: either a Solr base URL ({@code http://host:8983/solr}) or
 * ZooKeeper hosts with an optional chroot, plus the collection name.
 *
 * @param solrUrl the base URL of any node of the cluster, or null when {@code zkHosts} is given
 * @param zkHosts {@code host:port} of the ZooKeeper ensemble, empty when {@code solrUrl} is given
 * @param zkChroot the chroot ({@code /solr}), or null
 * @param collection the collection name
 */
public record SolrTarget(String solrUrl, List<String> zkHosts, String zkChroot, String collection) {
  public SolrTarget {
    zkHosts = List.copyOf(zkHosts == null ? List.of() : zkHosts);
    if ((solrUrl == null) == zkHosts.isEmpty()) {
      throw new IllegalArgumentException("give either a Solr URL or ZooKeeper hosts");
    }
    if (collection == null || collection.isBlank() || collection.contains("/")) {
      throw new IllegalArgumentException("collection: a collection name is required, was '" + collection + "'");
    }
  }

  /**
   * Parses {@code http://host:8983/solr/COLLECTION}: the last path segment is the collection,
   * the rest the node's base URL.
   */
  public static SolrTarget url(String urlAndCollection) {
    Objects.requireNonNull(urlAndCollection, "url");
    String s = urlAndCollection.strip();
    while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("solr: not a URL: '" + urlAndCollection + "'", e);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("solr: expected http://HOST:PORT/solr/COLLECTION, was '" + urlAndCollection + "'");
    }
    int slash = s.lastIndexOf('/');
    String base = s.substring(0, slash);
    if (base.endsWith("/") || URI.create(base).getPath().isEmpty()) {
      throw new IllegalArgumentException("solr: expected http://HOST:PORT/solr/COLLECTION (the collection is missing), was '" + urlAndCollection + "'");
    }
    return new SolrTarget(base, List.of(), null, s.substring(slash + 1));
  }

  /** Parses ZooKeeper hosts {@code host1:2181,host2:2181/chroot} and takes the collection name. */
  public static SolrTarget zk(String zk, String collection) {
    Objects.requireNonNull(zk, "zk");
    String hosts = zk.strip();
    String chroot = null;
    int slash = hosts.indexOf('/');
    if (slash >= 0) {
      chroot = hosts.substring(slash);
      hosts = hosts.substring(0, slash);
      if (chroot.equals("/")) chroot = null;
    }
    List<String> list = Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    if (list.isEmpty()) throw new IllegalArgumentException("zk: expected HOST:PORT[,HOST:PORT][/chroot], was '" + zk + "'");
    return new SolrTarget(null, list, chroot, collection);
  }

  Optional<String> chroot() {
    return Optional.ofNullable(zkChroot);
  }

  @Override
  public String toString() {
    return (solrUrl != null ? solrUrl : "zk:" + String.join(",", zkHosts) + (zkChroot == null ? "" : zkChroot)) + " collection " + collection;
  }
}
