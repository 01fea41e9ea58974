package io.xinwen.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.model.Article;
import io.xinwen.testing.Corpus;
import io.xinwen.testing.CorpusCase;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The index replays an article's tokens instead of analyzing text again; this checks that the
 * replay is exactly what the analyzer (what a query, and the SolrCloud backend, use) gives: for the
 * whole text and for every sentence and paragraph analyzed alone.
 */
class ArticleTokensTest {
  private static final Analyzer ANALYZER = TextAnalysis.analyzer();

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  static Stream<CorpusCase> corpus() {
    return Corpus.cases().stream();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void replayEqualsTheAnalyzerForTheTextEverySentenceAndEveryParagraph(CorpusCase c) throws IOException {
    Article a = Corpus.process(c);
    String text = a.text();
    ArticleTokens tokens = new ArticleTokens(text);
    assertThat(TokenStreams.read(tokens.all())).isEqualTo(analyze(text));

    int[] b = Sentences.boundaries(text);
    int checked = 0;
    for (int i = 0; i + 1 < b.length; i++) {
      Span s = Sentences.sentence(text, b[i], b[i] + 1);
      if (s.end() <= s.start()) continue;
      String sentence = text.substring(s.start(), s.end());
      assertThat(TokenStreams.read(tokens.within(s.start(), s.end()))).as(sentence).isEqualTo(analyze(sentence));
      Span p = Sentences.paragraph(text, b[i], b[i]);
      String paragraph = text.substring(p.start(), p.end());
      assertThat(TokenStreams.read(tokens.within(p.start(), p.end()))).as(paragraph).isEqualTo(analyze(paragraph));
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void withinTakesOnlyTokensInsideTheRangeWithOffsetsFromItsStart() throws IOException {
    String text = "中国和哈萨克斯坦签署协议。贸易额增长12.5%。";
    ArticleTokens tokens = new ArticleTokens(text);
    int s = text.indexOf("贸易");
    assertThat(TokenStreams.read(tokens.within(s, text.length()))).isEqualTo(analyze(text.substring(s)));
    assertThat(TokenStreams.read(tokens.within(0, 0))).containsExactly("end@0");
  }

  private static List<String> analyze(String text) throws IOException {
    return TokenStreams.read(ANALYZER.tokenStream("sentence", text));
  }
}
