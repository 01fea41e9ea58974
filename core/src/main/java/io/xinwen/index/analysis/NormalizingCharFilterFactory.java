package io.xinwen.index.analysis;

import io.xinwen.text.Normalizer;
import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/** Creates {@link NormalizingCharFilter}s; registered through SPI as {@code xinwenNormalize}. */
public final class NormalizingCharFilterFactory extends CharFilterFactory {
  /** SPI name. */
  public static final String NAME = "xinwenNormalize";

  private final Normalizer normalizer = new Normalizer();

  public NormalizingCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** Default constructor for SPI: not for use. */
  public NormalizingCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new NormalizingCharFilter(input, normalizer);
  }
}
