package io.xinwen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void widthCountsCjkAsTwoColumns() {
    assertThat(TextTable.width("USD")).isEqualTo(3);
    assertThat(TextTable.width("美元")).isEqualTo(4);
    assertThat(TextTable.width("１２％")).isEqualTo(6);
    assertThat(TextTable.width("“合作”")).isEqualTo(8);
  }

  @Test
  void cutKeepsWithinTheWidthAndMarksTheCut() {
    assertThat(TextTable.cut("中巴经济走廊", 7)).isEqualTo("中巴经…");
    assertThat(TextTable.cut("中巴经济走廊", 12)).isEqualTo("中巴经济走廊");
    assertThat(TextTable.cut("abcdef", 4)).isEqualTo("abc…");
    assertThat(TextTable.cut("abcdef", 0)).isEqualTo("abcdef");
  }

  @Test
  void alignsByDisplayWidthAndDropsEmptyColumns() {
    TextTable t = new TextTable(List.of("A", "EMPTY", "B"), List.of(0, 0, 0));
    t.row(List.of("美元", "", "x"));
    t.row(List.of("USD", "", "y"));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    t.print(new PrintStream(buf, true, StandardCharsets.UTF_8), "");
    assertThat(buf.toString(StandardCharsets.UTF_8)).isEqualTo("A     B\n美元  x\nUSD   y\n");
  }
}
