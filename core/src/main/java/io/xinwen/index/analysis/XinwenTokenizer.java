package io.xinwen.index.analysis;

import io.xinwen.segment.Segmenter;
import io.xinwen.segment.Token;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Emits the word tokens of a {@link Segmenter} (whitespace and punctuation tokens are dropped),
 * with the part-of-speech tag as the token type and offsets corrected through the reader's
 * CharFilters.
 *
 * <p>A token's start offset is {@code correctOffset(start)}; its end offset is one past the raw
 * position of its last char, {@code correctOffset(end - 1) + 1} (the rule of
 * {@code OffsetMap.rawEnd}), so that chars a CharFilter removed after a token — the second copy
 * of a doubled glyph, a stray space — are never part of its highlight. The whole input is read on
 * {@link #reset()}: segmentation needs the sentence context.
 */
public final class XinwenTokenizer extends Tokenizer {
  private final Segmenter segmenter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final StringBuilder text = new StringBuilder();
  private final char[] buffer = new char[4096];
  private List<Token> tokens = List.of();
  private int next;

  public XinwenTokenizer(Segmenter segmenter) {
    this.segmenter = segmenter;
  }

  public XinwenTokenizer(AttributeFactory factory, Segmenter segmenter) {
    super(factory);
    this.segmenter = segmenter;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    text.setLength(0);
    for (int n; (n = input.read(buffer)) != -1; ) text.append(buffer, 0, n);
    tokens = segmenter.segment(text);
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    while (next < tokens.size()) {
      Token t = tokens.get(next++);
      if (!t.isWord()) continue;
      clearAttributes();
      term.setEmpty().append(t.text());
      int start = correctOffset(t.start());
      int end = Math.max(start, correctOffset(t.end() - 1) + 1);
      offset.setOffset(start, end);
      type.setType(t.pos());
      return true;
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = correctOffset(text.length());
    offset.setOffset(last, last);
  }

  @Override
  public void close() throws IOException {
    super.close();
    tokens = List.of();
    text.setLength(0);
  }
}
