package io.xinwen.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizerTest {
  private final Normalizer normalizer = new Normalizer();

  @Test
  void cleansEveryArtifactWithExactRawOffsets() {
    String raw = "携手开放合作携手开放合作 同筑共赢之路同筑共赢之路\n"
        + "\n"
        + "　　泰达合作区始建于 2008\n"
        + "年，近年来吸引企业入\n"
        + "驻，增长１２．５％。\n";
    NormalizedText out = normalizer.normalize(raw);
    assertThat(out.text()).isEqualTo("携手开放合作 同筑共赢之路\n泰达合作区始建于2008年，近年来吸引企业入驻，增长12.5%。");
    String t = out.text();
    int year = t.indexOf("2008年");
    assertThat(out.offsets().rawStart(year)).isEqualTo(raw.indexOf("2008"));
    assertThat(out.offsets().toRaw(year + 4)).isEqualTo(raw.indexOf("年，近年来"));
    int pct = t.indexOf("12.5%");
    assertThat(out.offsets().rawStart(pct)).isEqualTo(raw.indexOf("１２．５％"));
    assertThat(out.offsets().rawEnd(pct, pct + 5)).isEqualTo(raw.indexOf("１２．５％") + 5);
    int second = t.indexOf("同筑");
    assertThat(out.offsets().toRaw(second)).isEqualTo(raw.indexOf("同筑"));
    int para = t.indexOf("泰达");
    assertThat(out.offsets().toRaw(para)).isEqualTo(raw.indexOf("泰达"));
  }

  @Test
  void crlfAndBomAreHandled() {
    String raw = "\uFEFF第一段。\r\n第二段。\r\n";
    NormalizedText out = normalizer.normalize(raw);
    assertThat(out.text()).isEqualTo("第一段。\n第二段。");
    assertThat(out.offsets().toRaw(out.text().indexOf("第二段"))).isEqualTo(raw.indexOf("第二段"));
  }

  /** Naive oracle: every output char comes from a raw char that folds to it, in raw order. */
  @Test
  void randomArticlesMapEveryCharBackToTheRawCharItCameFrom() {
    Random random = new Random(20250828);
    for (int round = 0; round < 300; round++) {
      String raw = randomArticle(random);
      NormalizedText out = normalizer.normalize(raw);
      String t = out.text();
      int previous = -1;
      for (int i = 0; i < t.length(); i++) {
        int r = out.offsets().toRaw(i);
        assertThat(r).as("round %d: offset %d of %s", round, i, t).isBetween(0, raw.length() - 1).isGreaterThan(previous);
        char c = t.charAt(i);
        char rc = raw.charAt(r);
        boolean ok = c == rc || c == fold(rc) || (Character.isWhitespace(c) && Character.isWhitespace(rc));
        assertThat(ok).as("round %d: out[%d]=%s from raw[%d]=%s in\n%s\n=>\n%s", round, i, c, r, rc, raw, t).isTrue();
        if (Character.isHighSurrogate(c) && i + 1 < t.length()) {
          assertThat(out.offsets().toRaw(i + 1)).isEqualTo(r + 1);
        }
        previous = r;
      }
    }
  }

  private static char fold(char c) {
    if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) return (char) (c - 0xFEE0);
    return switch (c) {
      case '％' -> '%';
      case '．' -> '.';
      case '，' -> ',';
      case '－' -> '-';
      case '＋' -> '+';
      case '•', '・', '‧', '∙' -> '·';
      default -> c;
    };
  }

  private static final String[] PIECES = {
    "合作", "经贸", "中国", "哈萨克斯坦", "，", "。", "、", "“", "”", "2024", "１２．５", "％", " ", "　", "亿元",
    "年", "月", "日", "𠀀", "𩸽", "ＧＤＰ", "萨比特•马尔德", "1，200", "——", "（", "）", "谢谢", "高高兴兴", "\n", "\n\n", "\r\n",
  };

  private static String randomArticle(Random random) {
    StringBuilder b = new StringBuilder();
    int lines = 1 + random.nextInt(8);
    for (int l = 0; l < lines; l++) {
      StringBuilder line = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int k = 0; k < n; k++) line.append(PIECES[random.nextInt(PIECES.length)]);
      String s = line.toString();
      if (random.nextInt(6) == 0) s = doubled(s, random);
      b.append(s);
      b.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
    }
    return b.toString();
  }

  /** A fake-bold line: each run of 1–4 code points printed twice. */
  private static String doubled(String s, Random random) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int j = i;
      int runs = 1 + random.nextInt(4);
      for (int k = 0; k < runs && j < s.length(); k++) j += Character.charCount(s.codePointAt(j));
      String run = s.substring(i, j).replace("\n", "");
      b.append(run).append(run);
      i = j;
    }
    return b.toString();
  }
}
