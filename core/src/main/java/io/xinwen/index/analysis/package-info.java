/**
 * Lucene analysis over xinwen's segmenter: {@link io.xinwen.index.analysis.XinwenAnalyzer}
 * ({@link io.xinwen.index.analysis.NormalizingCharFilter} + {@link io.xinwen.index.analysis.XinwenTokenizer}),
 * and SPI factories {@code xinwen} (tokenizer) and {@code xinwenNormalize} (char filter) for Solr.
 * Offsets always point into the raw text.
 */
package io.xinwen.index.analysis;
