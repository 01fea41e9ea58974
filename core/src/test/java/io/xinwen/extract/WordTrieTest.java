package io.xinwen.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTrieTest {
  private static Map<String, String> words(String... ws) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String w : ws) m.put(w, w);
    return m;
  }

  @Test
  void forwardFindsTheLongestWordStartingAtThePositionWithinTheLimit() {
    WordTrie<String> t = WordTrie.forward(words("印", "印尼", "印度尼西亚", "中国", "中"));
    String text = "访问印度尼西亚和印尼，中国人";
    assertThat(t.longest(text, 2, text.length())).isEqualTo("印度尼西亚");
    assertThat(t.longest(text, 8, text.length())).isEqualTo("印尼");
    assertThat(t.longest(text, 11, text.length())).isEqualTo("中国");
    assertThat(t.longest(text, 2, 4)).as("limit cuts 印度尼西亚; 印度 is no word").isEqualTo("印");
    assertThat(t.longest(text, 0, text.length())).isNull();
    assertThat(t.longest(text, text.length(), text.length())).isNull();
  }

  @Test
  void backwardFindsTheLongestWordEndingAtThePositionStartingAtOrAfterTheLimit() {
    WordTrie<String> t = WordTrie.backward(words("表示", "指出", "强调指出", "说"));
    String text = "他强调指出，她表示";
    assertThat(t.longest(text, 5, 0)).isEqualTo("强调指出");
    assertThat(t.longest(text, 5, 3)).isEqualTo("指出");
    assertThat(t.longest(text, text.length(), 0)).isEqualTo("表示");
    assertThat(t.longest(text, 1, 0)).isNull();
    assertThat(t.longest(text, 0, 0)).isNull();
  }

  @Test
  void agreesWithAPlainScanOnRandomText() {
    List<String> vocab = List.of("一", "一带", "一带一路", "带路", "路", "丝路", "丝", "中亚", "亚", "中", "中国", "国");
    Map<String, String> m = new LinkedHashMap<>();
    vocab.forEach(w -> m.put(w, w));
    WordTrie<String> fwd = WordTrie.forward(m);
    WordTrie<String> back = WordTrie.backward(m);
    Random r = new Random(7);
    String chars = "一带路丝中亚国的";
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 20; k++) sb.append(chars.charAt(r.nextInt(chars.length())));
      String s = sb.toString();
      for (int i = 0; i <= s.length(); i++) {
        String bestF = null;
        String bestB = null;
        for (String w : vocab) {
          if (s.startsWith(w, i) && (bestF == null || w.length() > bestF.length())) bestF = w;
          if (i - w.length() >= 0 && s.startsWith(w, i - w.length()) && (bestB == null || w.length() > bestB.length())) bestB = w;
        }
        assertThat(fwd.longest(s, i, s.length())).as(s + " @" + i).isEqualTo(bestF);
        assertThat(back.longest(s, i, 0)).as(s + " <@" + i).isEqualTo(bestB);
      }
    }
  }

  @Test
  void rejectsEmptyWords() {
    assertThatThrownBy(() -> WordTrie.forward(words(""))).isInstanceOf(IllegalArgumentException.class);
  }
}
