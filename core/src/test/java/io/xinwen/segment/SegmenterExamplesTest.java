package io.xinwen.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Protected spans come out as single tokens with the expected tag; the negatives stay unprotected. */
class SegmenterExamplesTest {
  private final XinwenSegmenter segmenter = XinwenSegmenter.defaults();

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(delimiter = '|', value = {
    // numbers with scale and unit → mq; bare numbers → m
    "上合组织国家贸易额达47.95亿元。|47.95亿元|mq",
    "网络零售市场规模超2.11万亿美元|2.11万亿美元|mq",
    "进出口总值2.11万亿，同比增长|2.11万亿|mq",
    "占比58.9%，较上年|58.9%|mq",
    "占比５８．９％，较上年|５８．９％|mq",
    "废水排放３.４亿吨、|３.４亿吨|mq",
    "共开行1,200列|1,200|m",
    "共计3亿元，向王刚致谢。|3亿元|mq",
    "2024年7月26日|2024年|mq",
    "历时3分钟|3分钟|mq",
    "投资200余万元|200余万元|mq",
    "损失3亿多元|3亿多元|mq",
    "企业从1800家增至3000余家|3000余|m",
    "收入达到55.6亿元人民币|55.6亿元人民币|mq",
    // transliterated names across the middle dot → nrf
    "哈萨克斯坦总统萨比特·马尔德巴耶夫表示|萨比特·马尔德巴耶夫|nrf",
    "突尼斯总统本·阿里会晤后|本·阿里|nrf",
    "集团议员约西·卡齐提交的议案|约西·卡齐|nrf",
    "统候选人约翰·阿基耶库姆·库福尔|约翰·阿基耶库姆·库福尔|nrf",
    "部长海德玛丽·维乔雷克—措伊尔表示|海德玛丽·维乔雷克—措伊尔|nrf",
    "这对名叫戴维·米拉克和贾里德·米拉克的|戴维·米拉克|nrf",
    "第一副部长拉济兹·乌马罗夫介绍|拉济兹·乌马罗夫|nrf",
    "马来西亚投资部部长安迪·普特拉在论坛上|安迪·普特拉|nrf",   // 长安 is a word, but 长 is no transliteration char
    "蒙古国国家大呼拉尔主席朝格图·巴特尔说|朝格图·巴特尔|nrf",
    // organisations → nt
    "上海合作组织成员国|上海合作组织|nt",
    "上合组织秘书长|上合组织|nt",
    "东盟与中国|东盟|nt",
    "据海关总署统计|海关总署|nt",
    "国家统计局发布|国家统计局|nt",
    "联合国秘书长|联合国|nt",
    // countries (CLDR names) → ns
    "中国同乌兹别克斯坦签署|乌兹别克斯坦|ns",
    "哈萨克斯坦是|哈萨克斯坦|ns",
    "吉尔吉斯斯坦的|吉尔吉斯斯坦|ns",
    // the country gazetteer's aliases and capitals → ns
    "阿联酋与中国|阿联酋|ns",
    "在比什凯克附近建设物流园区|比什凯克|ns",
    "论坛在塔什干举行|塔什干|ns",
    // country abbreviation + 方 → j
    "哈方愿同中方一道|哈方|j",
    "乌方表示|乌方|j",
  })
  void protectedSpanIsOneToken(String text, String token, String pos) {
    List<Token> tokens = segmenter.segment(text);
    assertThat(tokens).filteredOn(t -> t.text().equals(token)).as("%s", texts(tokens))
        .singleElement().extracting(Token::pos).isEqualTo(pos);
  }

  /** Current news words HanLP's core dictionary lacks come out whole (the adapter's own dictionary). */
  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(delimiter = '|', value = {
    "满载光伏组件的货车|光伏",
    "推动互联互通建设|互联互通",
    "出口占比提高|占比",
  })
  void newsWordIsOneToken(String text, String word) {
    assertThat(texts(segmenter.segment(text))).contains(word);
  }

  /** NEGATIVE list: the rule must not protect a span starting at {@code at} in {@code text}. */
  @ParameterizedTest(name = "{2} does not fire at {1} in {0}")
  @CsvSource(delimiter = '|', value = {
    "发展中国家的合作|中国|span.gazetteer",       // 国家 crosses the end of 中国
    "宪法国家|法国|span.gazetteer",              // 宪法 crosses the start of 法国
    "这样更加方便|加方|span.gazetteer",          // 更加, 方便
    "以方便群众|以方|span.gazetteer",            // 方便
    "提出新方案|新方|span.gazetteer",            // 方案
    "各参加方代表|加方|span.gazetteer",          // 参加
    "第十七届中国·哈尔滨国际冰雪节|中国|span.transliterated-name", // 中国 is not a transliteration
    "第十七届中国·哈尔滨国际冰雪节|国|span.transliterated-name",
    "村民·镇长百年银杏之争|村民|span.transliterated-name",
    "社会科学规划·基金资助|规划|span.transliterated-name",
    "5G网络覆盖|5|span.number",                 // digits before a Latin letter stay with it
    "空客A380飞机|380|span.number",             // digits after a Latin letter
    "版本v2.0发布|2.0|span.number",
    "版本2.0发布|0|span.number",                // never starts inside a number
  })
  void negativeIsNotProtected(String text, String at, String ruleId) {
    SpanRule rule = segmenter.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
    assertThat(text).contains(at);
    assertThat(rule.match(text, text.indexOf(at))).isEqualTo(-1);
  }

  @Test
  void moreThanWithoutUnitIsNotJoined() {
    assertThat(texts(segmenter.segment("30多个国家"))).startsWith("30");
  }

  @Test
  void numberRecognitionNeverDropsText() {
    String text = "共计3亿元，向王刚致谢。";
    List<Token> tokens = segmenter.segment(text);
    assertThat(tokens.stream().map(Token::text).collect(Collectors.joining())).isEqualTo(text);
    assertThat(tokens.get(0)).isEqualTo(new Token("共计", 0, 2, "v"));
    assertThat(tokens.get(1)).isEqualTo(new Token("3亿元", 2, 5, "mq"));
  }

  @Test
  void exactTokensOfASentence() {
    assertThat(texts(segmenter.segment("2024年，上合组织成员国网络零售市场规模超3.2万亿美元。")))
        .containsExactly("2024年", "，", "上合组织", "成员国", "网络", "零售", "市场", "规模", "超", "3.2万亿美元", "。");
  }

  /** A gap is segmented with the protected spans around it as context, as if they were not cut out. */
  @Test
  void gapsSeeTheirNeighbours() {
    assertThat(texts(segmenter.segment("居民消费价格同比上涨12.5%，")))
        .containsExactly("居民", "消费", "价格", "同比", "上涨", "12.5%", "，");
  }

  @Test
  void ruleIdsAreUnique() {
    List<String> ids = segmenter.rules().stream().map(SpanRule::id).toList();
    assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
  }

  private static List<String> texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }
}
