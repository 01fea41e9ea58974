package io.xinwen.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetMapTest {
  @Test
  void identityMapsEveryOffsetToItself() {
    OffsetMap m = OffsetMap.identity();
    assertThat(m.toRaw(0)).isZero();
    assertThat(m.toRaw(17)).isEqualTo(17);
  }

  @Test
  void builderRecordsDeletions() {
    // raw "aXXb" -> "ab": a from 0, b from 3
    OffsetMap.Builder b = new OffsetMap.Builder();
    b.map(0, 0);
    b.map(1, 3);
    OffsetMap m = b.build();
    assertThat(m.toRaw(0)).isEqualTo(0);
    assertThat(m.toRaw(1)).isEqualTo(3);
    assertThat(m.rawEnd(0, 2)).isEqualTo(4);
    assertThat(m.rawEnd(0, 1)).isEqualTo(1);
  }

  @Test
  void chainsComposeStepByStepBackToRaw() {
    // step 1: delete raw index 1 ("a_bc" -> "abc"); step 2: delete index 0 of that ("abc" -> "bc")
    OffsetMap.Builder s1 = new OffsetMap.Builder();
    s1.map(0, 0);
    s1.map(1, 2);
    s1.map(2, 3);
    OffsetMap.Builder s2 = new OffsetMap.Builder();
    s2.map(0, 1);
    s2.map(1, 2);
    OffsetMap chain = OffsetMap.identity().andThen(s1.build()).andThen(s2.build());
    assertThat(chain.toRaw(0)).isEqualTo(2); // 'b'
    assertThat(chain.toRaw(1)).isEqualTo(3); // 'c'
  }

  @Test
  void randomDeletionChainsAgreeWithNaiveIndexArrays() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      int len = 1 + random.nextInt(60);
      int[] naive = new int[len]; // naive oracle: output index -> raw index, as a plain array
      for (int i = 0; i < len; i++) naive[i] = i;
      OffsetMap map = OffsetMap.identity();
      int cur = len;
      for (int step = 0; step < 3 && cur > 1; step++) {
        OffsetMap.Builder b = new OffsetMap.Builder();
        int[] next = new int[cur];
        int out = 0;
        for (int i = 0; i < cur; i++) {
          if (random.nextInt(4) == 0 && cur - (i - out) > 1) continue; // delete char i
          b.map(out, i);
          next[out++] = naive[i];
        }
        naive = java.util.Arrays.copyOf(next, out);
        cur = out;
        map = map.andThen(b.build());
      }
      for (int i = 0; i < cur; i++) assertThat(map.toRaw(i)).as("round %d offset %d", round, i).isEqualTo(naive[i]);
    }
  }
}
