package io.xinwen.index;

import java.util.List;

/** One article found by a {@link SearchQuery}: the article, its score, the countries it names, and highlighted snippets. */
public record ArticleHit(ArticleRef article, float score, List<String> countries, List<Snippet> snippets) {
  public ArticleHit {
    countries = List.copyOf(countries);
    snippets = List.copyOf(snippets);
  }
}
