package io.xinwen.index;

import io.xinwen.segment.Token;
import java.io.IOException;
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
  private final String text;
  private List<Token> words;

  /** Segments on first use: documents sent to SolrCloud carry the text, and Solr analyzes it there. */
  ArticleTokens(String normalizedText) {
    this.text = normalizedText;
  }

  /** Segments the text now, if not done yet. */
  void segment() {
    words();
  }

  private List<Token> words() {
    if (words == null) words = TextAnalysis.words(text);
    return words;
  }

  /** Every token, with offsets into the article text. */
  TokenStream all() {
    return new Replay(0, text.length(), 0, text.length());
  }

  /** The tokens inside {@code [start, end)}, with offsets relative to {@code start}, as if that text were analyzed alone. */
  TokenStream within(int start, int end) {
    return new Replay(start, end, start, end - start);
  }

  private static int firstStartingAtOrAfter(List<Token> words, int offset) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Replays the tokens inside {@code [start, end)} of the text, shifted left by {@code shift}; finds them on reset. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final int start;
    private final int end;
    private final int shift;
    private final int finalOffset;
    private List<Token> words = List.of();
    private int next;
    private int last;

    Replay(int start, int end, int shift, int finalOffset) {
      this.start = start;
      this.end = end;
      this.shift = shift;
      this.finalOffset = finalOffset;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      words = words();
      next = firstStartingAtOrAfter(words, start);
      last = next;
      while (last < words.size() && words.get(last).end() <= end) last++;
    }

    @Override
    public boolean incrementToken() {
      if (next >= last) return false;
      // no clearAttributes(): this stream sets every attribute it has on every token and nothing
      // else writes to them; clearing them was about 7% of indexing time in a profile
      Token t = words.get(next++);
      term.setEmpty().append(t.text());
      offset.setOffset(t.start() - shift, t.end() - shift);
      increment.setPositionIncrement(1);
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
    }
  }
}
