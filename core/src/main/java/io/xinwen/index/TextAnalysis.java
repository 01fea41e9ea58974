package io.xinwen.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;

/** The one place that chooses the analyzer for article text, titles and fact sentences. */
public final class TextAnalysis {
  private TextAnalysis() {}

  /**
   * A new analyzer for indexed text and query text. Until {@code io.xinwen.index.analysis.XinwenAnalyzer}
   * lands this is Lucene's {@link CJKAnalyzer} (overlapping bigrams); switching is this one line.
   */
  public static Analyzer analyzer() {
    return new CJKAnalyzer();
  }
}
