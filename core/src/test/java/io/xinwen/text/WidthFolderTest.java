package io.xinwen.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WidthFolderTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "２０２５年１１月３日|2025年11月3日",
    "增长１２．５％|增长12.5%",
    "１，２００亿元|1,200亿元",
    "ＧＤＰ和ＡＩ|GDP和AI",
    "你好，世界。|你好，世界。",
    "“上合力量”《人民日报》|“上合力量”《人民日报》",
    "萨比特•马尔德巴耶夫|萨比特·马尔德巴耶夫",
    "萨比特・马尔德巴耶夫|萨比特·马尔德巴耶夫",
    "第一，２０２５年|第一，2025年",
    "１，２３|1，23",
  })
  void foldsWidthButKeepsChinesePunctuation(String raw, String clean) {
    NormalizedText out = new WidthFolder().apply(raw);
    assertThat(out.text()).isEqualTo(clean);
    assertThat(out.text()).hasSameSizeAs(raw);
  }
}
