package io.xinwen.index;

import java.util.List;

/** The first hits of a query and the total number of matches. */
public record Hits<T>(long total, List<T> hits) {
  public Hits {
    hits = List.copyOf(hits);
  }
}
