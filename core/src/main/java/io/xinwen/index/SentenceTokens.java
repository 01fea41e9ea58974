package io.xinwen.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analyzes each distinct sentence of one article once and replays its tokens for every fact
 * document in that sentence (an article's facts share a handful of sentences; analyzing the
 * sentence again per fact was most of the indexing time). One instance per article and thread.
 */
final class SentenceTokens implements Closeable {
  private record Token(String term, int start, int end, int increment) {}

  private record Analyzed(List<Token> tokens, int finalOffset) {}

  private final Analyzer analyzer = TextAnalysis.analyzer();
  private final Map<String, Analyzed> cache = new HashMap<>();

  /** A token stream with exactly the tokens the analyzer gives for {@code sentence} in {@code field}. */
  TokenStream stream(String field, String sentence) {
    return new Replay(cache.computeIfAbsent(sentence, s -> analyze(field, s)));
  }

  private Analyzed analyze(String field, String sentence) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, sentence)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement()));
      }
      ts.end();
      return new Analyzed(List.copyOf(tokens), offset.endOffset());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    analyzer.close();
  }

  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Analyzed analyzed;
    private int next;

    Replay(Analyzed analyzed) {
      this.analyzed = analyzed;
    }

    @Override
    public boolean incrementToken() {
      if (next >= analyzed.tokens().size()) return false;
      clearAttributes();
      Token t = analyzed.tokens().get(next++);
      term.setEmpty().append(t.term());
      offset.setOffset(t.start(), t.end());
      increment.setPositionIncrement(t.increment());
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(analyzed.finalOffset(), analyzed.finalOffset());
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
