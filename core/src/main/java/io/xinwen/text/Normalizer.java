package io.xinwen.text;

import java.util.List;

/**
 * Cleans raw article text into one paragraph per line, keeping a map from every offset back to
 * the raw input. The steps run in order: line ends, width folding, doubled-glyph repair, column
 * line joining, stray spaces in numbers. Stateless and thread-safe.
 */
public final class Normalizer {
  private final List<TextStep> steps =
      List.of(new LineEndings(), new WidthFolder(), new DoubledGlyphRepair(), new LineJoiner(), new NumberSpaces());

  public NormalizedText normalize(String raw) {
    String text = raw;
    OffsetMap map = OffsetMap.identity();
    for (TextStep step : steps) {
      NormalizedText out = step.apply(text);
      text = out.text();
      map = map.andThen(out.offsets());
    }
    return new NormalizedText(text, map);
  }
}
