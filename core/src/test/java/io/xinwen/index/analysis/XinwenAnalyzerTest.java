package io.xinwen.index.analysis;

import io.xinwen.segment.XinwenSegmenter;
import io.xinwen.text.Normalizer;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The Lucene contract of {@link XinwenTokenizer} and {@link XinwenAnalyzer}: exact terms, offsets, types; random data; SPI. */
public class XinwenAnalyzerTest extends BaseTokenStreamTestCase {

  private static Analyzer analyzer() {
    return new XinwenAnalyzer(XinwenSegmenter.defaults(), new Normalizer());
  }

  public void testExactTermsOffsetsAndTypes() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "哈萨克斯坦总统萨比特·马尔德巴耶夫会见上合组织秘书长",
          new String[] {"哈萨克斯坦", "总统", "萨比特·马尔德巴耶夫", "会见", "上合组织", "秘书长"},
          new int[] {0, 5, 7, 17, 19, 23},
          new int[] {5, 7, 17, 19, 23, 26},
          new String[] {"ns", "n", "nrf", "v", "nt", "n"},
          new int[] {1, 1, 1, 1, 1, 1});
      // punctuation and spaces are dropped from the stream; offsets of the rest stay exact
      assertAnalyzesTo(a, "共计3亿元， 占58.9%。",
          new String[] {"共计", "3亿元", "占", "58.9%"},
          new int[] {0, 2, 7, 8},
          new int[] {2, 5, 8, 13},
          new String[] {"v", "mq", "v", "mq"},
          new int[] {1, 1, 1, 1});
    }
  }

  /** Full-width raw text: the terms are folded, the offsets point at the raw full-width chars. */
  public void testFullWidthOffsetsPointAtRawText() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "共计３亿元，同比增长１２．５％。",
          new String[] {"共计", "3亿元", "同比", "增长", "12.5%"},
          new int[] {0, 2, 6, 8, 10},
          new int[] {2, 5, 8, 10, 15});
    }
  }

  /** A doubled (fake-bold) line: terms of the repaired text, offsets into the first copy of each run. */
  public void testDoubledGlyphOffsetsPointAtFirstCopy() throws Exception {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "标题\n携手携手开放开放合作合作\n正文",
          new String[] {"标题", "携手", "开放", "合作", "正文"},
          new int[] {0, 3, 7, 11, 16},
          new int[] {2, 5, 9, 13, 18});
    }
  }

  public void testRandomStrings() throws Exception {
    try (Analyzer a = analyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  public void testRandomHugeStrings() throws Exception {
    try (Analyzer a = analyzer()) {
      checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 4096);
    }
  }

  /** Without the normalizer (bare tokenizer), random data keeps the contract too. */
  public void testRandomStringsBareTokenizer() throws Exception {
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new XinwenTokenizer(XinwenSegmenter.defaults()));
      }
    };
    checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    a.close();
  }

  public void testSpiNames() throws Exception {
    TokenizerFactory tf = TokenizerFactory.forName("xinwen", new HashMap<>());
    assertTrue(tf instanceof XinwenTokenizerFactory);
    CharFilterFactory cf = CharFilterFactory.forName("xinwenNormalize", new HashMap<>());
    assertTrue(cf instanceof NormalizingCharFilterFactory);
    Reader reader = cf.create(new StringReader("进出口２．１１万亿元"));
    Tokenizer t = tf.create();
    t.setReader(reader);
    assertTokenStreamContents(t, new String[] {"进出口", "2.11万亿元"}, new int[] {0, 3}, new int[] {3, 10}, 10);
  }

  public void testFactoryRejectsUnknownArguments() {
    HashMap<String, String> args = new HashMap<>();
    args.put("bogus", "1");
    expectThrows(IllegalArgumentException.class, () -> TokenizerFactory.forName("xinwen", args));
  }

  /** Highlights land exactly on the raw chars, after width folding and doubled-glyph repair. */
  public void testHighlightsExactRawText() throws Exception {
    try (Analyzer a = analyzer()) {
      assertEquals("居民消费价格同比上涨[１２．５％]，",
          highlight(a, "12.5%", "居民消费价格同比上涨１２．５％，"));
      assertEquals("标题\n携手携手开放开放[合作]合作\n正文",
          highlight(a, "合作", "标题\n携手携手开放开放合作合作\n正文"));
      assertEquals("会见[萨比特·马尔德巴耶夫]",
          highlight(a, "萨比特·马尔德巴耶夫", "会见萨比特·马尔德巴耶夫"));
    }
  }

  private static String highlight(Analyzer a, String term, String raw) throws Exception {
    Highlighter h = new Highlighter(new SimpleHTMLFormatter("[", "]"), new QueryScorer(new TermQuery(new Term("body", term)), "body"));
    return h.getBestFragment(a, "body", raw);
  }
}
