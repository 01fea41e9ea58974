package io.xinwen.index;

import io.xinwen.index.analysis.XinwenAnalyzer;
import org.apache.lucene.analysis.Analyzer;

/** The one place that chooses the analyzer for article text, titles and fact sentences. */
public final class TextAnalysis {
  private TextAnalysis() {}

  /**
   * A new analyzer for indexed text and query text: {@link XinwenAnalyzer} (normalizer + word
   * segmenter; Lucene's {@code CJKAnalyzer} bigrams were the stand-in before it existed).
   * Changing the analyzer means re-indexing.
   */
  public static Analyzer analyzer() {
    return new XinwenAnalyzer();
  }
}
