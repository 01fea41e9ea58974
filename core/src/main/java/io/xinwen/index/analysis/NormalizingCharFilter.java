package io.xinwen.index.analysis;

import io.xinwen.text.NormalizedText;
import io.xinwen.text.Normalizer;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Runs xinwen's {@link Normalizer} (width folding, doubled-glyph repair, line joining, …) over the
 * whole input and serves the normalized text, correcting offsets back to the raw input through
 * the normalizer's {@link io.xinwen.text.OffsetMap}.
 *
 * <p>The normalizer needs the whole text (doubled lines, joined columns), so the first read drains
 * the input. {@link #correct(int)} maps an offset to the raw offset of the char there
 * ({@code OffsetMap.toRaw}); the end of the normalized text maps to the end of the raw text.
 */
public final class NormalizingCharFilter extends CharFilter {
  private final Normalizer normalizer;
  private String text;
  private NormalizedText normalized;
  private int rawLength;
  private int pos;

  public NormalizingCharFilter(Reader input, Normalizer normalizer) {
    super(input);
    this.normalizer = normalizer;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (text == null) fill();
    if (pos >= text.length()) return -1;
    int n = Math.min(len, text.length() - pos);
    text.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }

  private void fill() throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[4096];
    for (int n; (n = input.read(buf)) != -1; ) sb.append(buf, 0, n);
    rawLength = sb.length();
    normalized = normalizer.normalize(sb.toString());
    text = normalized.text();
  }

  @Override
  protected int correct(int currentOff) {
    if (normalized == null) return currentOff;
    if (currentOff >= text.length()) return rawLength + (currentOff - text.length());
    return normalized.offsets().toRaw(currentOff);
  }
}
