package io.xinwen.extract.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumbersTest {
  @ParameterizedTest
  @CsvSource({
    "47.95亿, 4795000000",
    "2.11万亿, 2110000000000",
    "3260.5亿, 326050000000",
    "'1,200', 1200",
    "三千五百万, 35000000",
    "两千, 2000",
    "一百二十万, 1200000",
    "二〇二五, 2025",
    "零, 0",
    "百亿, 10000000000",
    "千亿, 100000000000",
    "万亿, 1000000000000",
    "1.2万, 12000",
    "十, 10",
    "十五, 15",
    "二十三, 23",
    "一百零五, 105",
    "一百五, 150",
    "两千三, 2300",
    "三亿五千万, 350000000",
    "一亿零五百万, 105000000",
    "58.9, 58.9",
    "3千, 3000",
    "1.5千, 1500",
    "十二万三千四百五十六, 123456",
    "12.35万亿, 12350000000000",
  })
  void parses(String numeral, String expected) {
    assertThat(ChineseNumbers.parse(numeral)).isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1.2.3", "亿亿x"})
  void rejects(String numeral) {
    assertThatThrownBy(() -> ChineseNumbers.parse(numeral)).isInstanceOf(NumberFormatException.class);
  }
}
