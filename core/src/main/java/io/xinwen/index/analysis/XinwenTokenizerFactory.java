package io.xinwen.index.analysis;

import io.xinwen.segment.XinwenSegmenter;
import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Creates {@link XinwenTokenizer}s over the default segmenter; registered through SPI as
 * {@code xinwen} so Solr can load it ({@code <tokenizer name="xinwen"/>}). Pair it with the
 * {@code xinwenNormalize} char filter ({@link NormalizingCharFilterFactory}) for raw-text offsets.
 */
public final class XinwenTokenizerFactory extends TokenizerFactory {
  /** SPI name. */
  public static final String NAME = "xinwen";

  public XinwenTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default constructor for SPI: not for use. */
  public XinwenTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public XinwenTokenizer create(AttributeFactory factory) {
    return new XinwenTokenizer(factory, XinwenSegmenter.defaults());
  }
}
