package io.xinwen.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DoubledGlyphRepairTest {
  private final DoubledGlyphRepair repair = new DoubledGlyphRepair();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "携手开放合作携手开放合作 同筑共赢之路同筑共赢之路|携手开放合作 同筑共赢之路",
    "20242024年年77月月2626日|2024年7月26日",
    "（。（新华社记者新华社记者 丁磊丁磊 摄摄））|（。（新华社记者 丁磊 摄）",
    "———中国携手各方为全球经济发展贡献—中国携手各方为全球经济发展贡献““上合力量上合力量””|——中国携手各方为全球经济发展贡献“上合力量”",
    "谢谢谢谢大家大家|谢谢大家",
    "1111万万列列开行开行|11万列开行",
    "常常见常常见的问题的问题|常常见的问题",
  })
  void repairsDoubledLines(String raw, String clean) {
    assertThat(repair.apply(raw).text()).isEqualTo(clean);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "谢谢大家的支持。",
    "大家高高兴兴地回家了。",
    "常常有人问起这件事。",
    "2020年，中欧班列开行1111列。",
    "中欧班列累计开行量突破11万列。",
    "高高兴兴",
    "研究研究",
    "哈哈哈哈",
  })
  void leavesGenuineRepetitionAlone(String text) {
    assertThat(repair.apply(text).text()).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void offsetsPointAtTheFirstCopyInTheRawLine() {
    String raw = "正文第一行。\n20242024年年77月月2626日\n后文";
    NormalizedText out = repair.apply(raw);
    assertThat(out.text()).isEqualTo("正文第一行。\n2024年7月26日\n后文");
    int y = out.text().indexOf("2024");
    assertThat(out.offsets().toRaw(y)).isEqualTo(raw.indexOf("20242024"));
    int month = out.text().indexOf('7');
    assertThat(out.offsets().toRaw(month)).isEqualTo(raw.indexOf("77"));
    int day = out.text().indexOf("26");
    assertThat(out.offsets().rawStart(day)).isEqualTo(raw.indexOf("2626"));
    assertThat(out.offsets().rawEnd(day, day + 2)).isEqualTo(raw.indexOf("2626") + 2);
    int after = out.text().indexOf("后文");
    assertThat(out.offsets().toRaw(after)).isEqualTo(raw.indexOf("后文"));
  }
}
