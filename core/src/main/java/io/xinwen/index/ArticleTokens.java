package io.xinwen.index;

import io.xinwen.segment.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>Only the offsets of the words are kept (8 bytes a token; a token's term is its span of the
 * text), and the text is segmented a sentence at a time, so a 50 MB article needs no list of
 * millions of token objects.
 */
final class ArticleTokens {
  private final String text;
  private final int[] sentenceBounds;
  private int[] starts;
  private int[] ends;
  private int count;

  /** Segments on first use: documents sent to SolrCloud carry the text, and Solr analyzes it there. */
  ArticleTokens(String normalizedText) {
    this(normalizedText, Sentences.boundaries(normalizedText));
  }

  /** With the text's {@link Sentences#boundaries} already at hand. */
  ArticleTokens(String normalizedText, int[] sentenceBounds) {
    this.text = normalizedText;
    this.sentenceBounds = sentenceBounds;
  }

  /** Segments the text now, if not done yet. */
  void segment() {
    if (starts != null) return;
    int[] s = new int[Math.max(16, text.length() / 2)];
    int[] e = new int[s.length];
    int n = 0;
    List<Token> sentence = new ArrayList<>();
    for (int i = 0; i + 1 < sentenceBounds.length; i++) {
      sentence.clear();
      TextAnalysis.words(text, sentenceBounds[i], sentenceBounds[i + 1], sentence);
      for (Token t : sentence) {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
          e = Arrays.copyOf(e, n * 2);
        }
        s[n] = t.start();
        e[n] = t.end();
        n++;
      }
    }
    starts = s;
    ends = e;
    count = n;
  }

  /** Every token, with offsets into the article text. */
  TokenStream all() {
    return new Replay(0, text.length(), 0, text.length());
  }

  /** The tokens inside {@code [start, end)}, with offsets relative to {@code start}, as if that text were analyzed alone. */
  TokenStream within(int start, int end) {
    return new Replay(start, end, start, end - start);
  }

  /** The index of the first token starting at or after {@code offset} ({@code count} when none). */
  private int firstStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) lo = mid + 1;
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
      segment();
      next = firstStartingAtOrAfter(start);
      last = next;
      while (last < count && ends[last] <= end) last++;
    }

    @Override
    public boolean incrementToken() {
      if (next >= last) return false;
      // no clearAttributes(): this stream sets every attribute it has on every token and nothing
      // else writes to them; clearing them was about 7% of indexing time in a profile
      int s = starts[next];
      int e = ends[next];
      next++;
      term.setEmpty().append(text, s, e);
      offset.setOffset(s - shift, e - shift);
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
