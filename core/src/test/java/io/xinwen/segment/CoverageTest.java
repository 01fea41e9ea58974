package io.xinwen.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.xinwen.segment.hanlp.HanLpSegmenter;
import io.xinwen.testing.TestPaths;
import io.xinwen.text.Normalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The invariant: tokens cover the input exactly — texts concatenate to it, offsets are contiguous. */
class CoverageTest {
  private static final String PIECES = "中国乌兹别克斯坦上海合作组织上合组织萨比特·马尔德巴耶夫亿元万亿美元％%.,．，、。“”《》年月日—·・ 　\t\r\n";

  static void assertCovers(Segmenter segmenter, String text) {
    List<Token> tokens = segmenter.segment(text);
    int pos = 0;
    StringBuilder joined = new StringBuilder();
    for (Token t : tokens) {
      assertThat(t.start()).as("start of %s in <%s>", t, text).isEqualTo(pos);
      assertThat(t.end()).as("empty token %s in <%s>", t, text).isGreaterThan(t.start());
      assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
      if (t.start() > 0 && t.start() < text.length()) {
        assertThat(Character.isHighSurrogate(text.charAt(t.start() - 1)) && Character.isLowSurrogate(text.charAt(t.start())))
            .as("token %s splits a surrogate pair in <%s>", t, text).isFalse();
      }
      joined.append(t.text());
      pos = t.end();
    }
    assertThat(joined.toString()).isEqualTo(text);
  }

  @Test
  void randomUnicode() {
    Random random = new Random(20261125L);
    List<Segmenter> segmenters = List.of(XinwenSegmenter.defaults(), new HanLpSegmenter());
    for (int round = 0; round < 3000; round++) {
      String text = randomText(random, random.nextInt(60));
      for (Segmenter s : segmenters) assertCovers(s, text);
    }
  }

  @Test
  void allOfSighanPkuAndMsr() throws IOException {
    Optional<Path> dir = Sighan.folder();
    assumeTrue(dir.isPresent(), "no ../shared/data/sighan2005");
    for (String file : List.of("pku_test.utf8", "msr_test.utf8")) {
      String text = Files.readString(dir.get().resolve(file), StandardCharsets.UTF_8);
      for (String line : text.split("(?<=\n)")) assertCovers(XinwenSegmenter.defaults(), line);
      assertCovers(XinwenSegmenter.defaults(), text.substring(0, 20_000)); // many lines at once
    }
  }

  /** Every corpus article, raw and normalized, is covered exactly. */
  @Test
  void allOfTheCorpus() throws IOException {
    List<Path> files;
    try (var list = Files.list(TestPaths.corpus())) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String raw = Files.readString(f, StandardCharsets.UTF_8);
      assertCovers(XinwenSegmenter.defaults(), raw);
      assertCovers(XinwenSegmenter.defaults(), new Normalizer().normalize(raw).text());
    }
  }

  static String randomText(Random random, int length) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      switch (random.nextInt(9)) {
        case 0 -> sb.append((char) (0x20 + random.nextInt(0x5F)));               // ASCII
        case 1 -> sb.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));  // CJK
        case 2 -> sb.append((char) (0xFF01 + random.nextInt(0x5E)));              // full width
        case 3 -> sb.appendCodePoint(0x1F300 + random.nextInt(0x300));            // emoji (surrogate pair)
        case 4 -> sb.appendCodePoint(0x20000 + random.nextInt(0xA6D6));           // CJK ext B (surrogate pair)
        case 5 -> sb.append((char) random.nextInt(0x10000));                      // any char, lone surrogates too
        case 6 -> sb.append(random.nextInt(100000)).append(random.nextBoolean() ? "." + random.nextInt(100) : "");
        default -> {
          int a = random.nextInt(PIECES.length());
          sb.append(PIECES, a, Math.min(PIECES.length(), a + 1 + random.nextInt(6)));
        }
      }
    }
    return sb.toString();
  }
}
