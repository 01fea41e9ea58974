package io.xinwen.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Reads a token stream into comparable lines: {@code term@start-end} (+increment when not 1), then {@code end@finalOffset}. */
final class TokenStreams {
  private TokenStreams() {}

  static List<String> read(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    try (ts) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + (inc.getPositionIncrement() == 1 ? "" : "+" + inc.getPositionIncrement()));
      }
      ts.end();
      out.add("end@" + offset.endOffset());
    }
    return out;
  }
}
