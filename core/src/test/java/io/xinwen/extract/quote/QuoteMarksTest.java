package io.xinwen.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static List<String> spans(String text) {
    return QuoteMarks.pair(text).stream()
        .map(m -> m.open() + "-" + m.close() + m.pieces().stream().map(p -> " [" + p[0] + "," + p[1] + ")").reduce("", String::concat))
        .toList();
  }

  @Test
  void pairsTopLevelMarksAndKeepsNestedOnesInside() {
    // “中国推动‘一带一路’。”他说
    assertThat(spans("“中国推动‘一带一路’。”他说")).containsExactly("0-12 [1,12)");
    // a nested “ … ” inside a quote stays part of its words
    assertThat(spans("“秉持“上海精神”合作。”")).containsExactly("0-12 [1,12)");
  }

  @Test
  void titleMarksAreNeverQuotes() {
    assertThat(spans("《哈萨克斯坦真理报》总编辑说")).isEmpty();
  }

  @Test
  void aQuoteContinuesIntoTheNextParagraphThatOpensWithAMark() {
    // “第一段。⏎“第二段。”
    assertThat(spans("“第一段。\n“第二段。”")).containsExactly("0-11 [1,5) [7,11)");
  }

  @Test
  void aLineBreakInsideTheWordsIsJoinedAcross() {
    assertThat(spans("“我们见证\n了发展。”")).containsExactly("0-10 [1,5) [6,10)");
  }

  @Test
  void anUnclosedQuoteThatNoParagraphContinuesIsDropped() {
    assertThat(spans("“没有结束\n下一段。\n“新的引语。”")).containsExactly("11-17 [12,17)");
  }
}
