package io.xinwen.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/**
 * Segmentation quality on SIGHAN 2005 PKU and MSR (skipped when {@code ../shared} is absent):
 * ours against raw HanLP (its default segment, what {@code StandardTokenizer} uses) and Lucene's
 * SmartCN. Ours must beat raw HanLP's and SmartCN's F1 on both sets, and find at least 90% of
 * PKU's transliterated {@code ·} names (gold words like 萨比特·马尔德巴耶夫, 19 in PKU).
 *
 * <p>Measured 2026-11-25: PKU xinwen F1 0.9259 (P 0.9266, R 0.9252, OOV-R 0.652, ·-names 19/19),
 * HanLP 0.8901, SmartCN 0.9042; MSR xinwen 0.8888 (P 0.8709, R 0.9074, OOV-R 0.473, ·-names 3/3),
 * HanLP 0.8655, SmartCN 0.8644.
 */
class SighanScoreTest {

  @Test
  void oursBeatsRawHanLpOnPkuAndMsr() {
    Optional<Path> dir = Sighan.folder();
    assumeTrue(dir.isPresent(), "no ../shared/data/sighan2005");
    XinwenSegmenter ours = XinwenSegmenter.defaults();
    Segment raw = HanLP.newSegment();
    for (String set : List.of("pku", "msr")) {
      Sighan data = Sighan.load(dir.get(), set);
      Sighan.Result o = data.score(line -> words(ours.segment(line)));
      Sighan.Result h = data.score(line -> hanlp(raw, line));
      Sighan.Result s = data.score(SighanScoreTest::smartcn);
      System.out.printf("SIGHAN 2005 %s%n  xinwen   %s%n  HanLP    %s%n  SmartCN  %s%n", set.toUpperCase(), o, h, s);
      assertThat(o.f1()).as(set + " F1 ours vs raw HanLP").isGreaterThan(h.f1());
      assertThat(o.f1()).as(set + " F1 ours vs SmartCN").isGreaterThan(s.f1());
      if (set.equals("pku")) assertThat(o.dotNameRecall()).as("PKU · name recall").isGreaterThanOrEqualTo(0.9);
    }
  }

  static List<String> words(List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) out.add(t.text());
    return out;
  }

  static List<String> hanlp(Segment segment, String line) {
    List<String> out = new ArrayList<>();
    for (Term t : segment.seg(line)) out.add(t.word);
    return out;
  }

  /** SmartCN's tokens, with the chars it drops (punctuation, spaces) as one-char words so the text stays whole. */
  static List<String> smartcn(String line) {
    List<String> out = new ArrayList<>();
    try (Tokenizer t = new HMMChineseTokenizer()) {
      t.setReader(new StringReader(line));
      OffsetAttribute off = t.addAttribute(OffsetAttribute.class);
      t.reset();
      int pos = 0;
      while (t.incrementToken()) {
        for (; pos < off.startOffset(); pos++) out.add(String.valueOf(line.charAt(pos)));
        out.add(line.substring(off.startOffset(), off.endOffset()));
        pos = off.endOffset();
      }
      t.end();
      for (; pos < line.length(); pos++) out.add(String.valueOf(line.charAt(pos)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Function<String, List<String>> of(Segmenter s) {
    return line -> words(s.segment(line));
  }
}
