package io.xinwen.index.analysis;

import io.xinwen.segment.Segmenter;
import io.xinwen.segment.XinwenSegmenter;
import io.xinwen.text.Normalizer;
import java.io.Reader;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;

/**
 * xinwen's analyzer for Chinese news: {@link NormalizingCharFilter} (the project normalizer, offsets
 * mapped back to the raw text) then {@link XinwenTokenizer} over the segmenter. Thread-safe, as
 * Lucene analyzers must be (per-thread components, shared immutable segmenter and normalizer).
 */
public final class XinwenAnalyzer extends Analyzer {
  private final Segmenter segmenter;
  private final Normalizer normalizer;

  /** The default segmenter and normalizer. */
  public XinwenAnalyzer() {
    this(XinwenSegmenter.defaults(), new Normalizer());
  }

  public XinwenAnalyzer(Segmenter segmenter, Normalizer normalizer) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new NormalizingCharFilter(reader, normalizer);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new XinwenTokenizer(segmenter));
  }
}
