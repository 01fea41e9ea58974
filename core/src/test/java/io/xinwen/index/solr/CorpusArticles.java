package io.xinwen.index.solr;

import io.xinwen.model.Article;
import io.xinwen.testing.Corpus;
import java.util.List;

/** The corpus articles through {@code Xinwen.pipeline()}, processed once for every Solr test class. */
final class CorpusArticles {
  private CorpusArticles() {}

  private static volatile List<Article> articles;

  static List<Article> get() {
    if (articles == null) {
      synchronized (CorpusArticles.class) {
        if (articles == null) articles = Corpus.cases().stream().map(Corpus::process).toList();
      }
    }
    return articles;
  }
}
