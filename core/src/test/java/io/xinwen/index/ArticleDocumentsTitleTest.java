package io.xinwen.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.Xinwen;
import io.xinwen.io.ArticleInput;
import io.xinwen.model.Article;
import io.xinwen.testing.Corpus;
import io.xinwen.testing.CorpusCase;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/** The title field is indexed from the article's tokens when the title is a line of the text, else analyzed; both give the analyzer's tokens. */
class ArticleDocumentsTitleTest {
  @Test
  void titleTokensAreTheAnalyzersWhetherReplayedOrAnalyzed() throws IOException {
    try (Analyzer analyzer = TextAnalysis.analyzer()) {
      int replayed = 0;
      for (CorpusCase c : Corpus.cases()) {
        Article a = Corpus.process(c);
        if (a.title() == null) continue;
        IndexableField title = ArticleDocuments.of(a).get(0).getField(Fields.TITLE);
        TokenStream preset = title.tokenStream(analyzer, null);
        if (a.text().startsWith(a.title() + "\n")) replayed++;
        assertThat(TokenStreams.read(preset)).as(c.name()).isEqualTo(TokenStreams.read(analyzer.tokenStream(Fields.TITLE, a.title())));
        assertThat(title.stringValue()).isEqualTo(a.title());
      }
      assertThat(replayed).as("corpus articles whose first line is the title").isGreaterThan(5);

      Article given = Xinwen.pipeline().build().process(new ArticleInput("t.jsonl", "t1", "正文第一段，中国和哈萨克斯坦签署协议。", null, "中哈签署合作协议"));
      IndexableField title = ArticleDocuments.of(given).get(0).getField(Fields.TITLE);
      assertThat(TokenStreams.read(title.tokenStream(analyzer, null))).isEqualTo(TokenStreams.read(analyzer.tokenStream(Fields.TITLE, "中哈签署合作协议")));
    }
  }
}
