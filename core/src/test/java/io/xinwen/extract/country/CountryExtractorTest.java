package io.xinwen.extract.country;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.model.CountryMention;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Examples per rule, grouped by the mentions they must produce. Each expectation lists every
 * mention found in order as {@code CODE text start-end rule}; nothing else may be found.
 */
class CountryExtractorTest {
  private static final CountryExtractor EXTRACTOR = new CountryExtractor();
  private static final LocalDate REF = LocalDate.of(2025, 8, 28);

  static List<String> render(CountryExtractor extractor, String text) {
    return extractor.extract(ExtractionContext.of(text, REF)).stream()
        .map(m -> m.code() + " " + m.text() + " " + m.start() + "-" + m.end() + " " + m.rule())
        .toList();
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        // country.name: CLDR names and aliases, longest match
        Arguments.of("哈萨克斯坦总统", List.of("KZ 哈萨克斯坦 0-5 country.name")),
        Arguments.of("印度尼西亚和印度", List.of("ID 印度尼西亚 0-5 country.name", "IN 印度 6-8 country.name")),
        Arguments.of("印尼总统", List.of("ID 印尼 0-2 country.name")),
        Arguments.of("阿联酋和沙特", List.of("AE 阿联酋 0-3 country.name", "SA 沙特 4-6 country.name")),
        Arguments.of("朝鲜与韩国", List.of("KP 朝鲜 0-2 country.name", "KR 韩国 3-5 country.name")),
        Arguments.of("刚果（金）和刚果（布）",
            List.of("CD 刚果（金） 0-5 country.name", "CG 刚果（布） 6-11 country.name")),
        Arguments.of("刚果(金)", List.of("CD 刚果(金) 0-5 country.name")),
        Arguments.of("波黑、东帝汶", List.of("BA 波黑 0-2 country.name", "TL 东帝汶 3-6 country.name")),
        Arguments.of("白俄罗斯", List.of("BY 白俄罗斯 0-4 country.name")),
        Arguments.of("南苏丹和苏丹", List.of("SS 南苏丹 0-3 country.name", "SD 苏丹 4-6 country.name")),
        Arguments.of("巴布亚新几内亚", List.of("PG 巴布亚新几内亚 0-7 country.name")),
        Arguments.of("中非共和国", List.of("CF 中非共和国 0-5 country.name")),
        Arguments.of("尼日利亚与尼日尔", List.of("NG 尼日利亚 0-4 country.name", "NE 尼日尔 5-8 country.name")),
        Arguments.of("巴基斯坦工商联合会主席谢赫", List.of("PK 巴基斯坦 0-4 country.name")),
        Arguments.of("《哈萨克斯坦真理报》", List.of("KZ 哈萨克斯坦 1-6 country.name")),
        Arguments.of("中国－中亚峰会", List.of("CN 中国 0-2 country.name")),
        Arguments.of("阿联酋：中阿峰会", List.of("AE 阿联酋 0-3 country.name")),
        Arguments.of("中国香港", List.of("CN 中国 0-2 country.name", "HK 香港 2-4 country.name")),
        Arguments.of("26日美国宣布", List.of("US 美国 3-5 country.name")),
        Arguments.of("26日中美两国", List.of("CN 中美 3-5 country.compound", "US 中美 3-5 country.compound")),
        Arguments.of("美国家庭", List.of("US 美国 0-2 country.name")),
        // country.name.short: one-character names standing alone
        Arguments.of("赴俄旅游", List.of("RU 俄 1-2 country.name.short")),
        Arguments.of("美、俄、法", List.of("RU 俄 2-3 country.name.short")),
        Arguments.of("海地和马里", List.of("HT 海地 0-2 country.name", "ML 马里 3-5 country.name")),
        Arguments.of("阿曼苏丹国", List.of("OM 阿曼苏丹国 0-5 country.name")),
        Arguments.of("俄罗斯联邦委员会", List.of("RU 俄罗斯 0-3 country.name")),
        Arguments.of("沙皇俄国", List.of("RU 俄国 2-4 country.name")),
        // country.list: letters listed before 等国
        Arguments.of("来自俄、美、英等国的", List.of(
            "RU 俄 2-3 country.list", "US 美 4-5 country.list", "GB 英 6-7 country.list")),
        Arguments.of("美、日、澳四国", List.of(
            "US 美 0-1 country.list", "JP 日 2-3 country.list", "AU 澳 4-5 country.list")),
        Arguments.of("巴、印等国", List.of("IN 印 2-3 country.list")),
        // country.attributive: a letter before a noun of state
        Arguments.of("据美媒报道，美军", List.of("US 美 1-2 country.attributive", "US 美 6-7 country.attributive")),
        Arguments.of("日企和韩企", List.of("JP 日 0-1 country.attributive", "KR 韩 3-4 country.attributive")),
        Arguments.of("据日首相表示", List.of("JP 日 1-2 country.attributive")),
        Arguments.of("俄总统", List.of("RU 俄 0-1 country.attributive")),
        Arguments.of("，美对华加征关税", List.of("US 美 1-2 country.attributive", "CN 对华 2-4 country.hua")),
        Arguments.of("完美对华", List.of("CN 对华 2-4 country.hua")),
        Arguments.of("中国驻塔大使", List.of("CN 中国 0-2 country.name", "TJ 塔 3-4 country.attributive")),
        Arguments.of("巴基斯坦驻华大使说，巴中友谊", List.of(
            "PK 巴基斯坦 0-4 country.name", "CN 驻华 4-6 country.hua",
            "PK 巴中 10-12 country.compound", "CN 巴中 10-12 country.compound")),
        Arguments.of("乌兹别克斯坦：中国保持乌第一大贸易伙伴地位", List.of(
            "UZ 乌兹别克斯坦 0-6 country.name", "CN 中国 7-9 country.name", "UZ 乌 11-12 country.attributive")),
        Arguments.of("中美军事交流", List.of("CN 中美 0-2 country.compound", "US 中美 0-2 country.compound")),
        // country.side
        Arguments.of("中方愿同哈方", List.of("CN 中方 0-2 country.side", "KZ 哈方 4-6 country.side")),
        Arguments.of("俄方和美方", List.of("RU 俄方 0-2 country.side", "US 美方 3-5 country.side")),
        Arguments.of("印尼方表示", List.of("ID 印尼方 0-3 country.side")),
        Arguments.of("吉方正同中方商谈", List.of("KG 吉方 0-2 country.side", "CN 中方 4-6 country.side")),
        Arguments.of("沙特方和白俄罗斯方", List.of("SA 沙特方 0-3 country.side", "BY 白俄罗斯方 4-9 country.side")),
        Arguments.of("中国方案", List.of("CN 中国 0-2 country.name")),
        Arguments.of("美方面临压力", List.of("US 美方 0-2 country.side")),
        Arguments.of("印尼方面表示", List.of("ID 印尼 0-2 country.name")),
        Arguments.of("巴基斯坦总理说，巴方欢迎", List.of("PK 巴基斯坦 0-4 country.name", "PK 巴方 8-10 country.side")),
        Arguments.of("巴方感谢巴西", List.of("BR 巴方 0-2 country.side", "BR 巴西 4-6 country.name")),
        // country.hua
        Arguments.of("对华投资", List.of("CN 对华 0-2 country.hua")),
        Arguments.of("访华、来华、在华、驻华、涉华、旅华、自华", List.of(
            "CN 访华 0-2 country.hua", "CN 来华 3-5 country.hua", "CN 在华 6-8 country.hua",
            "CN 驻华 9-11 country.hua", "CN 涉华 12-14 country.hua", "CN 旅华 15-17 country.hua",
            "CN 自华 18-20 country.hua")),
        // country.ours
        Arguments.of("我国出口", List.of("CN 我国 0-2 country.ours")),
        // country.compound: one mention per letter, all with the compound's span
        Arguments.of("中哈合作", List.of("CN 中哈 0-2 country.compound", "KZ 中哈 0-2 country.compound")),
        Arguments.of("哈中关系", List.of("KZ 哈中 0-2 country.compound", "CN 哈中 0-2 country.compound")),
        Arguments.of("中俄蒙经济走廊", List.of(
            "CN 中俄蒙 0-3 country.compound", "RU 中俄蒙 0-3 country.compound", "MN 中俄蒙 0-3 country.compound")),
        Arguments.of("中美日韩", List.of(
            "CN 中美日韩 0-4 country.compound", "US 中美日韩 0-4 country.compound",
            "JP 中美日韩 0-4 country.compound", "KR 中美日韩 0-4 country.compound")),
        Arguments.of("从中哈原油管道", List.of("CN 中哈 1-3 country.compound", "KZ 中哈 1-3 country.compound")),
        Arguments.of("从日韩经青岛", List.of("JP 日韩 1-3 country.compound", "KR 日韩 1-3 country.compound")),
        Arguments.of("美日韩三国", List.of(
            "US 美日韩 0-3 country.compound", "JP 美日韩 0-3 country.compound", "KR 美日韩 0-3 country.compound")),
        Arguments.of("中埃签署协议，赴埃及投资", List.of(
            "CN 中埃 0-2 country.compound", "EG 中埃 0-2 country.compound", "EG 埃及 8-10 country.name")),
        Arguments.of("乌克兰：中乌合作", List.of(
            "UA 乌克兰 0-3 country.name", "CN 中乌 4-6 country.compound", "UA 中乌 4-6 country.compound")),
        Arguments.of("中乌合作；乌兹别克斯坦", List.of(
            "CN 中乌 0-2 country.compound", "UZ 中乌 0-2 country.compound", "UZ 乌兹别克斯坦 5-11 country.name")),
        Arguments.of("马来西亚，中马", List.of(
            "MY 马来西亚 0-4 country.name", "CN 中马 5-7 country.compound", "MY 中马 5-7 country.compound")),
        Arguments.of("马里，中马", List.of(
            "ML 马里 0-2 country.name", "CN 中马 3-5 country.compound", "ML 中马 3-5 country.compound")),
        Arguments.of("巴西；中巴贸易", List.of(
            "BR 巴西 0-2 country.name", "CN 中巴 3-5 country.compound", "BR 中巴 3-5 country.compound")),
        Arguments.of("巴西与巴基斯坦……中巴", List.of(
            "BR 巴西 0-2 country.name", "PK 巴基斯坦 3-7 country.name",
            "CN 中巴 9-11 country.compound", "PK 中巴 9-11 country.compound")),
        Arguments.of("新加坡，中新合作", List.of(
            "SG 新加坡 0-3 country.name", "CN 中新 4-6 country.compound", "SG 中新 4-6 country.compound")),
        Arguments.of("中乌巴", List.of()), // nothing names any of the shared letters: leave them out
        Arguments.of("中哈乌", List.of("CN 中哈乌 0-3 country.compound", "KZ 中哈乌 0-3 country.compound")),
        Arguments.of("古巴：古中友好", List.of(
            "CU 古巴 0-2 country.name", "CU 古中 3-5 country.compound", "CN 古中 3-5 country.compound")),
        Arguments.of("古中友好", List.of()), // 古 needs 古巴 in the article
        Arguments.of("中印尼合作", List.of("CN 中印尼 0-3 country.compound", "ID 中印尼 0-3 country.compound")),
        Arguments.of("乌克兰：俄乌冲突", List.of(
            "UA 乌克兰 0-3 country.name", "RU 俄乌 4-6 country.compound", "UA 俄乌 4-6 country.compound")),
        Arguments.of("以色列：巴以冲突", List.of("IL 以色列 0-3 country.name", "IL 巴以 4-6 country.compound")),
        // country.compound.fixed
        Arguments.of("中吉乌铁路", List.of(
            "CN 中吉乌 0-3 country.compound.fixed", "KG 中吉乌 0-3 country.compound.fixed",
            "UZ 中吉乌 0-3 country.compound.fixed")),
        Arguments.of("中巴经济走廊", List.of(
            "CN 中巴 0-2 country.compound.fixed", "PK 中巴 0-2 country.compound.fixed")),
        Arguments.of("中塔公路", List.of(
            "CN 中塔 0-2 country.compound.fixed", "TJ 中塔 0-2 country.compound.fixed")),
        Arguments.of("中白工业园", List.of(
            "CN 中白 0-2 country.compound.fixed", "BY 中白 0-2 country.compound.fixed")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(String text, List<String> expected) {
    assertThat(render(EXTRACTOR, text)).containsExactlyElementsOf(expected);
  }

  /** Things that must not yield any country. */
  @ParameterizedTest
  @ValueSource(strings = {
      "中泰集团", "中泰新丝路", "中兴", "中远", "中铁", "中远海运", "中新社", "中欧班列",
      "哈尔滨", "乌海", "乌鲁木齐", "巴黎", "伊斯兰堡", "新疆", "内蒙古", "吉林",
      "中亚", "中东", "东盟", "欧盟", "非盟", "海合会", "上合组织", "上海合作组织", "亚欧", "中非合作论坛", "中阿峰会", "中阿博览会", "中东欧", "印度洋",
      "10月26日", "今日", "26日中午",
      "美元", "欧元", "日元", "韩元", "卢布", "1400亿美元",
      "发展中国家", "欧美国家", "西方国家", "双方", "各方", "道德方面", "同意方案",
      "在华盛顿", "对华为", "在华东地区", "在华人",
      "其中美好", "中老年", "中西部", "中英文", "中美洲", "美丽", "中意", "中乌", "中土", "中文",
      "美属萨摩亚", "朝鲜族", "哈萨克族",
      "西方", "向西方学习", "中西合璧", "中西文化", "东方不亮西方亮", "俄语", "英文", "中科院",
      "执法中", "在冲突中丧生", "评比中", "罗林斯总统", "哈米德总统", "美德", "美德兼备", "乌第一大", "立法法", "抗法法不容", "审美方面", "果园中葡萄", "池中荷花", "中委", "中肯", "东部沿海地区", "马里兰大学", "约旦河西岸", "贸易中摩擦", "中黎明", "政委", "完美军团"})
  void negative(String text) {
    assertThat(render(EXTRACTOR, text)).isEmpty();
  }

  @Test
  void capitalsAreCountriesOnlyWhenAsked() {
    CountryExtractor withCapitals = new CountryExtractor(CountryGazetteer.defaults(), true);
    assertThat(render(withCapitals, "在伊斯兰堡举行")).containsExactly("PK 伊斯兰堡 1-5 country.capital");
    assertThat(render(EXTRACTOR, "在伊斯兰堡举行")).isEmpty();
  }

  @Test
  void ruleIdsAreUnique() {
    List<String> ids = EXTRACTOR.ruleIds();
    assertThat(ids).isNotEmpty().doesNotHaveDuplicates().allMatch(id -> id.startsWith("country."));
  }

  @Test
  void everyMentionCarriesAKnownRuleAndItsSpan() {
    String text = "中方愿同哈方推动中哈、中吉乌合作，我国对华投资。巴基斯坦工商联合会主席谢赫说，俄总统访华。";
    List<CountryMention> found = EXTRACTOR.extract(ExtractionContext.of(text, REF));
    assertThat(found).isNotEmpty();
    assertThat(new HashSet<>(EXTRACTOR.ruleIds())).containsAll(found.stream().map(CountryMention::rule).toList());
    assertThat(found).allMatch(m -> text.substring(m.start(), m.end()).equals(m.text()));
  }
}
