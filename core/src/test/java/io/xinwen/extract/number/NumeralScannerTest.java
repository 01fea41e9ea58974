package io.xinwen.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumeralScannerTest {
  /** The numeral at the start of the text: its exact text, low value, high value (blank: none), over. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      47.95亿元        | 47.95亿      | 4795000000     |            | false
      '1,200家'       | '1,200'     | 1200           |            | false
      '1,2000'        | 1           | 1              |            | false
      3千万亿日元       | 3千万亿       | 3000000000000000 |          | false
      两个亿卢布        | 两个亿        | 200000000      |            | false
      三千五百万元      | 三千五百万     | 35000000       |            | false
      20多万人         | 20多万        | 200000         |            | true
      二百余万元        | 二百余万       | 2000000        |            | true
      110多平方公里     | 110多         | 110            |            | true
      三四十家          | 三四十        | 30             | 40         | false
      十二三岁          | 十二三        | 12             | 13         | false
      两三成           | 两三          | 2              | 3          | false
      零下20摄氏度      | 零下20        | -20            |            | false
      十几家           | 十几          | 11             | 19         | false
      数十亿元          | 数十亿        | 2000000000     | 9000000000 | false
      数万个           | 数万          | 20000          | 90000      | false
      几百人           | 几百          | 200            | 900        | false
      三点五亿         | 三点五亿       | 350000000      |            | false
      一百一十一点一一二 | 一百一十一点一一二 | 111.112     |            | false
      四分之一公升      | 四分之一       | 0.25           |            | false
      二〇二五年        | 二〇二五       | 2025           |            | false
      -22.2%          | -22.2        | -22.2          |            | false
      负0.2千米        | 负0.2         | -0.2           |            | false
      """)
  void scans(String text, String numeral, String low, String high, boolean over) {
    Numeral n = NumeralScanner.scan(text, 0, i -> text.startsWith("千米", i));
    assertThat(n).isNotNull();
    assertThat(text.substring(n.start(), n.end())).isEqualTo(numeral);
    assertThat(n.low()).isEqualByComparingTo(new BigDecimal(low));
    if (high == null) assertThat(n.high()).isNull();
    else assertThat(n.high()).isEqualByComparingTo(new BigDecimal(high));
    assertThat(n.over()).isEqualTo(over);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"5亿元, 100000000", "3千万元, 10000000", "二十万人, 10000", "3000家, 1", "一万亿, 1000000000000"})
  void trailingScale(String text, String scale) {
    assertThat(NumeralScanner.scan(text, 0).scale()).isEqualByComparingTo(new BigDecimal(scale));
  }

  @Test
  void unitStartingWithAScaleCharacterEndsTheNumeral() {
    String text = "12千米";
    Numeral n = NumeralScanner.scan(text, 0, i -> text.startsWith("千米", i));
    assertThat(n.end()).isEqualTo(2);
    assertThat(n.low()).isEqualByComparingTo("12");
  }

  @ParameterizedTest
  @ValueSource(strings = {"元", "几个", "数据", "多个", "点", ""})
  void noNumeral(String text) {
    assertThat(NumeralScanner.scan(text, 0)).isNull();
  }
}
