package io.xinwen.index.solr;

import java.util.List;

/**
 * A batch that Solr did not accept after every retry: the articles in it (send them again to
 * complete the index; re-adding replaces, so nothing is duplicated), how many documents it held,
 * and the last error.
 */
public record FailedBatch(List<String> articleIds, int documents, String error) {
  public FailedBatch {
    articleIds = List.copyOf(articleIds);
  }
}
