package io.xinwen.index;

import io.xinwen.index.analysis.XinwenAnalyzer;
import io.xinwen.segment.Segmenter;
import io.xinwen.segment.Token;
import io.xinwen.segment.XinwenSegmenter;
import io.xinwen.text.Normalizer;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** The one place that chooses the analyzer for article text, titles and fact sentences. */
public final class TextAnalysis {
  private TextAnalysis() {}

  private static Segmenter segmenter() {
    return XinwenSegmenter.defaults();
  }

  /**
   * A new analyzer for indexed text and query text: {@link XinwenAnalyzer} (normalizer + word
   * segmenter; Lucene's {@code CJKAnalyzer} bigrams were the stand-in before it existed).
   * Changing the analyzer means re-indexing.
   */
  public static Analyzer analyzer() {
    return new XinwenAnalyzer(segmenter(), new Normalizer());
  }

  /**
   * Appends the analyzer's word tokens of {@code normalizedText[from, to)} (text that is already
   * normalized, an {@code Article}'s) to {@code out}, without running the normalizer again: the same
   * terms and offsets as {@link #analyzer()} gives.
   */
  static void words(String normalizedText, int from, int to, List<Token> out) {
    int mark = out.size();
    segmenter().segment(normalizedText, from, to, out);
    int kept = mark;
    for (int i = mark; i < out.size(); i++) {
      Token t = out.get(i);
      if (t.isWord()) out.set(kept++, t);
    }
    out.subList(kept, out.size()).clear();
  }
}
