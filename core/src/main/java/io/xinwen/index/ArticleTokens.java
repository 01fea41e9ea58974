package io.xinwen.index;

import io.xinwen.segment.Token;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The index tokens of one normalized article text, segmented once and replayed: whole for the
 * article's text field, and a sentence at a time for every fact document. The segmenter cuts at
 * the sentence bounds fact sentences use, so the tokens inside a sentence are exactly the ones the
 * analyzer gives for that sentence alone (what the SolrCloud backend indexes; see
 * {@code ArticleTokensTest}). Analyzing each fact's sentence again was most of the indexing time.
 */
final class ArticleTokens {
  private final List<Token> words;
  private final int length;

  ArticleTokens(String normalizedText) {
    this.words = TextAnalysis.words(normalizedText);
    this.length = normalizedText.length();
  }

  /** Every token, with offsets into the article text. */
  TokenStream all() {
    return new Replay(0, words.size(), 0, length);
  }

  /** The tokens inside {@code [start, end)}, with offsets relative to {@code start}, as if that text were analyzed alone. */
  TokenStream within(int start, int end) {
    int from = firstStartingAtOrAfter(start);
    int to = from;
    while (to < words.size() && words.get(to).end() <= end) to++;
    return new Replay(from, to, start, end - start);
  }

  private int firstStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final int from;
    private final int to;
    private final int shift;
    private final int finalOffset;
    private int next;

    Replay(int from, int to, int shift, int finalOffset) {
      this.from = from;
      this.to = to;
      this.shift = shift;
      this.finalOffset = finalOffset;
    }

    @Override
    public boolean incrementToken() {
      if (next >= to) return false;
      clearAttributes();
      Token t = words.get(next++);
      term.setEmpty().append(t.text());
      offset.setOffset(t.start() - shift, t.end() - shift);
      increment.setPositionIncrement(1);
      return true;
    }

    @Override
    public void end() throws java.io.IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws java.io.IOException {
      super.reset();
      next = from;
    }
  }
}
