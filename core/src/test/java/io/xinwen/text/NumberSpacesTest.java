package io.xinwen.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberSpacesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "始建于 2008 年|始建于2008年",
    "6月 10日|6月10日",
    "贸易额达 8900 亿美元|贸易额达8900亿美元",
    "投资 1 200亿元|投资1200亿元",
    "从 43%提升至 70 %以上|从43%提升至70%以上",
    "近 400人线下出席|近400人线下出席",
    "推进一体化 经贸合作硕果累累|推进一体化 经贸合作硕果累累",
    "（新华社记者 丁磊 摄）|（新华社记者 丁磊 摄）",
    "2024 2025年|2024 2025年",
    "G20 峰会|G20峰会",
  })
  void removesSpacesInsideNumbersOnly(String raw, String clean) {
    assertThat(new NumberSpaces().apply(raw).text()).isEqualTo(clean);
  }

  @org.junit.jupiter.api.Test
  void leavesPageHeadersAlone() {
    String header = "人民日报  2025年11月3日  星期一  2  要闻";
    assertThat(new NumberSpaces().apply(header).text()).isEqualTo(header);
  }

  @org.junit.jupiter.api.Test
  void mapsOffsetsAcrossRemovedSpaces() {
    String raw = "近 400人";
    NormalizedText out = new NumberSpaces().apply(raw);
    assertThat(out.offsets().toRaw(1)).isEqualTo(2);
    assertThat(out.offsets().rawEnd(1, 5)).isEqualTo(6);
  }
}
