package io.xinwen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import org.junit.jupiter.api.Test;

class SentenceBreakIteratorTest {
  private static final String TEXT = "标题一行\n他说：“我们很高兴。”增长5%。明年再来！\n第三段没有句号";

  @Test
  void walksTheSentenceBoundaries() {
    BreakIterator bi = new SentenceBreakIterator();
    bi.setText(TEXT);
    assertThat(bi.first()).isZero();
    assertThat(bi.next()).isEqualTo(5);
    assertThat(bi.next()).isEqualTo(16);
    assertThat(bi.previous()).isEqualTo(5);
    assertThat(bi.last()).isEqualTo(TEXT.length());
    assertThat(bi.next()).isEqualTo(BreakIterator.DONE);
  }

  @Test
  void followingAndPrecedingAreStrict() {
    BreakIterator bi = new SentenceBreakIterator();
    bi.setText(TEXT);
    assertThat(bi.following(0)).isEqualTo(5);
    assertThat(bi.following(5)).isEqualTo(16);
    assertThat(bi.following(6)).isEqualTo(16);
    assertThat(bi.current()).isEqualTo(16);
    assertThat(bi.following(TEXT.length())).isEqualTo(BreakIterator.DONE);
    assertThat(bi.preceding(16)).isEqualTo(5);
    assertThat(bi.preceding(17)).isEqualTo(16);
    assertThat(bi.preceding(1)).isZero();
    assertThat(bi.preceding(0)).isEqualTo(BreakIterator.DONE);
    for (int i = 0; i < TEXT.length(); i++) {
      int f = bi.following(i);
      int p = bi.preceding(f);
      assertThat(p).as("offset %d", i).isLessThanOrEqualTo(i);
    }
  }
}
