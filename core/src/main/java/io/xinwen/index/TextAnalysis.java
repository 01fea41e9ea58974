package io.xinwen.index;

import io.xinwen.index.analysis.XinwenAnalyzer;
import io.xinwen.segment.Segmenter;
import io.xinwen.segment.Token;
import io.xinwen.segment.XinwenSegmenter;
import io.xinwen.text.Normalizer;
import java.util.ArrayList;
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
   * The analyzer's word tokens for text that is already normalized (an {@code Article}'s text),
   * without running the normalizer again: the same terms and offsets as {@link #analyzer()} gives.
   */
  static List<Token> words(String normalizedText) {
    List<Token> all = segmenter().segment(normalizedText);
    List<Token> words = new ArrayList<>(all.size());
    for (Token t : all) {
      if (t.isWord()) words.add(t);
    }
    return words;
  }
}
