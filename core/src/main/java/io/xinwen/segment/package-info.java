/**
 * Segmentation: {@link io.xinwen.segment.Segmenter} splits text into {@link io.xinwen.segment.Token}s
 * that cover it exactly. {@link io.xinwen.segment.XinwenSegmenter} finds protected spans first
 * (whitespace, numbers with scale and unit, transliterated names, countries, organisations: one
 * ordered list of {@link io.xinwen.segment.SpanRule}s with data files beside them) and hands only
 * the gaps to HanLP through {@link io.xinwen.segment.hanlp.HanLpSegmenter}, the one class that
 * imports {@code com.hankcs}.
 */
package io.xinwen.segment;
