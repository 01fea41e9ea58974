package io.xinwen.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.model.Caption;
import io.xinwen.model.Dateline;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class LayoutParserTest {
  private ArticleLayout parse(String raw) {
    return new LayoutParser().parse(new Normalizer().normalize(raw).text());
  }

  private static String factText(String raw) {
    String text = new Normalizer().normalize(raw).text();
    ArticleLayout l = new LayoutParser().parse(text);
    StringBuilder b = new StringBuilder();
    for (Region r : l.factRegions()) b.append(text, r.start(), r.end()).append('|');
    return b.toString();
  }

  private static final String WIRE = """
      中哈经贸合作迈上新台阶
      2025-10-14 21:08:45　来源：新华网
      新华社塔什干10月14日电（记者 赵文 陈一鸣）第二届中国—中亚合作论坛14日在塔什干开幕。
      与会代表认为，合作潜力巨大。
      （完）
      （责任编辑：李明）
      """;

  @Test
  void wireCopyDatelineBylineMetaAndEndMarks() {
    ArticleLayout l = parse(WIRE);
    assertThat(l.title()).isEqualTo("中哈经贸合作迈上新台阶");
    assertThat(l.subtitle()).isNull();
    assertThat(l.published()).isEqualTo(LocalDate.of(2025, 10, 14));
    assertThat(l.dateline()).isEqualTo(new Dateline("新华社", "塔什干", null, "新华社塔什干10月14日电"));
    assertThat(l.datelineDay()).isEqualTo(MonthDay.of(10, 14));
    assertThat(l.authors()).containsExactly("赵文", "陈一鸣");
    assertThat(factText(WIRE)).isEqualTo("中哈经贸合作迈上新台阶|第二届中国—中亚合作论坛14日在塔什干开幕。|与会代表认为，合作潜力巨大。|");
  }

  private static final String PAPER = """
      人民日报  2025年11月3日  星期一  2  要闻
      外贸稳中提质 结构持续优化
      ——前三季度我国货物贸易进出口情况综述
      本报记者 孙海燕 王  芳
      本报北京11月2日电  海关总署2日发布数据，前三季度我国货物贸易进出口总值33.61万亿元。
      图为青岛港集装箱码头。
      （本报记者 张伟 摄）
      """;

  @Test
  void peoplesDailyPageHeaderPaddedBylineAndCaption() {
    ArticleLayout l = parse(PAPER);
    assertThat(l.published()).isEqualTo(LocalDate.of(2025, 11, 3));
    assertThat(l.title()).isEqualTo("外贸稳中提质 结构持续优化");
    assertThat(l.subtitle()).isEqualTo("——前三季度我国货物贸易进出口情况综述");
    assertThat(l.authors()).containsExactly("孙海燕", "王芳");
    assertThat(l.dateline()).isEqualTo(new Dateline("本报", "北京", null, "本报北京11月2日电"));
    assertThat(l.captions()).containsExactly(new Caption("图为青岛港集装箱码头。", "张伟", "本报"));
    assertThat(factText(PAPER)).doesNotContain("人民日报").doesNotContain("孙海燕").doesNotContain("张伟")
        .contains("海关总署2日发布数据");
  }

  @Test
  void captionWithInlineCreditAndTailDateline() {
    String raw = "合作成果丰硕。 （新华社北京电）\n\n2025年6月12日，检查站民警进行车体检查。 （新华社发 胡富国 摄）\n";
    ArticleLayout l = parse(raw);
    assertThat(l.dateline()).isEqualTo(new Dateline("新华社", "北京", null, "（新华社北京电）"));
    assertThat(l.captions()).containsExactly(new Caption("2025年6月12日，检查站民警进行车体检查。", "胡富国", "新华社"));
    assertThat(factText(raw)).isEqualTo("合作成果丰硕。|2025年6月12日，检查站民警进行车体检查。|");
  }

  @Test
  void seedArticleStructure() {
    var shared = io.xinwen.testing.TestPaths.shared();
    org.junit.jupiter.api.Assumptions.assumeTrue(shared.isPresent(), "../shared is absent");
    java.nio.file.Path seed;
    try (var files = java.nio.file.Files.list(shared.get().resolve("seeds"))) {
      seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String raw;
    try {
      raw = java.nio.file.Files.readString(seed);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    NormalizedText n = new Normalizer().normalize(raw);
    ArticleLayout l = new LayoutParser().parse(n.text());
    assertThat(l.title()).isEqualTo("携手开放合作 同筑共赢之路");
    assertThat(l.subtitle()).isEqualTo("——中国携手各方为全球经济发展贡献“上合力量”");
    assertThat(l.authors()).containsExactly("谢希瑶", "邹多为", "黄韬铭");
    assertThat(l.dateline()).isEqualTo(new Dateline("新华社", "北京", null, "（新华社北京电）"));
    assertThat(l.sections()).containsExactlyInAnyOrder("推进一体化 经贸合作硕果累累", "开拓新蓝海 优势互补创新合作", "唱响协奏曲 汇聚开放合作之力");
    assertThat(l.captions()).extracting(Caption::credit).containsExactlyInAnyOrder("胡富国", "李紫恒", "丁磊");
    assertThat(l.captions()).extracting(Caption::agency).containsOnly("新华社");
    // no doubled run survives: no line repeats a run of 4+ chars back to back
    for (String line : n.text().split("\n")) {
      assertThat(line).doesNotContainPattern("(.{4,})\\1");
    }
    assertThat(n.text()).contains("2024年7月26日在新疆霍尔果斯市").contains("（新华社记者 丁磊 摄）");
    // every paragraph's first char maps back to the same char in the raw file
    int pos = 0;
    for (String line : n.text().split("\n")) {
      int raw0 = n.offsets().toRaw(pos);
      assertThat(raw.charAt(raw0)).isEqualTo(line.charAt(0) == '—' ? '—' : line.charAt(0));
      pos += line.length() + 1;
    }
  }
}
