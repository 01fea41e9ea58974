package io.xinwen.segment.hanlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.segment.Segmenter;
import io.xinwen.segment.Token;
import io.xinwen.segment.XinwenSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HanLpSegmenterTest {
  private static final List<String> SENTENCES = List.of(
      "共计3亿元，向王刚致谢。",
      "2024年，上合组织成员国网络零售市场规模超3.2万亿美元。",
      "哈萨克斯坦总统萨比特·马尔德巴耶夫在阿斯塔纳会见了中国代表团。",
      "国家统计局12日发布数据，居民消费价格同比上涨0.2%。",
      "中欧班列累计开行突破11万列，通达欧洲25个国家223个城市。",
      "乌兹别克斯坦光伏电站项目由中国企业承建，装机容量为500兆瓦。",
      "他说：“我们愿同各方一道，推动构建人类命运共同体。”");

  private final HanLpSegmenter hanlp = new HanLpSegmenter();

  @Test
  void offsetsAndTextsOfTerms() {
    List<Token> tokens = hanlp.segment("共计3亿元，向王刚致谢。");
    assertThat(tokens.stream().map(Token::text).collect(Collectors.joining())).isEqualTo("共计3亿元，向王刚致谢。");
    assertThat(tokens.get(0)).isEqualTo(new Token("共计", 0, 2, "v"));
    assertThat(tokens).extracting(Token::text).contains("3", "，", "。");
  }

  @Test
  void segmentsARangeWithOffsetsIntoTheWholeText() {
    List<Token> out = new ArrayList<>();
    hanlp.segment("前缀国家统计局发布", 2, 7, out);
    assertThat(out.get(0).start()).isEqualTo(2);
    assertThat(out.get(out.size() - 1).end()).isEqualTo(7);
  }

  @Test
  void knowsDictionaryWords() {
    assertThat(hanlp.contains("发展中国家", 3, 5)).isTrue();   // 国家
    assertThat(hanlp.contains("萨比特", 0, 2)).isFalse();
  }

  /** Many threads share one instance; every result equals the single-threaded one. */
  @Test
  void concurrent() throws Exception {
    for (Segmenter s : List.of(hanlp, XinwenSegmenter.defaults())) {
      List<List<Token>> expected = SENTENCES.stream().map(s::segment).toList();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Boolean>> results = new ArrayList<>();
        for (int task = 0; task < 16; task++) {
          results.add(pool.submit(() -> {
            for (int round = 0; round < 50; round++) {
              for (int i = 0; i < SENTENCES.size(); i++) {
                if (!s.segment(SENTENCES.get(i)).equals(expected.get(i))) return false;
              }
            }
            return true;
          }));
        }
        for (Future<Boolean> r : results) assertThat(r.get()).isTrue();
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
