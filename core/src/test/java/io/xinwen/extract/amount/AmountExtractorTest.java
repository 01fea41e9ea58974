package io.xinwen.extract.amount;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.model.Amount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Examples per rule: each sentence must give exactly one amount with the exact text (span), value,
 * high end (blank = not a range), unit, approx and rule. Then the NEGATIVE list and the rule ids.
 */
class AmountExtractorTest {
  private static final LocalDate REFERENCE = LocalDate.of(2025, 8, 28);
  private static final AmountExtractor EXTRACTOR = new AmountExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # sentence                              | text            | value          | max        | unit | approx | rule
      网络零售市场规模超1400亿美元                | 超1400亿美元      | 140000000000   |            | USD  | over   | amount.money.suffix
      贸易额达47.95亿元                        | 47.95亿元        | 4795000000     |            | CNY  | exact  | amount.money.suffix
      规模达12.35万亿元                        | 12.35万亿元      | 12350000000000 |            | CNY  | exact  | amount.money.suffix
      投资3260.5亿元人民币                     | 3260.5亿元人民币  | 326050000000   |            | CNY  | exact  | amount.money.suffix
      募集三千五百万元                         | 三千五百万元       | 35000000       |            | CNY  | exact  | amount.money.suffix
      江苏彩民15元中奖                         | 15元             | 15             |            | CNY  | exact  | amount.money.suffix
      东芝重组另需1万亿日元                     | 1万亿日元         | 1000000000000  |            | JPY  | exact  | amount.money.suffix
      约4.287亿美元                           | 约4.287亿美元     | 428700000      |            | USD  | about  | amount.money.suffix
      两个亿卢布                              | 两个亿卢布        | 200000000      |            | RUB  | exact  | amount.money.suffix
      3千万亿日元                             | 3千万亿日元       | 3000000000000000 |          | JPY  | exact  | amount.money.suffix
      不到1.9万台币                           | 不到1.9万台币     | 19000          |            | TWD  | under  | amount.money.suffix
      兑换1.0092瑞士法郎                      | 1.0092瑞士法郎   | 1.0092         |            | CHF  | exact  | amount.money.suffix
      出口额达500亿坚戈                        | 500亿坚戈        | 50000000000    |            | KZT  | exact  | amount.money.suffix
      贷款20亿巴基斯坦卢比                     | 20亿巴基斯坦卢比  | 2000000000     |            | PKR  | exact  | amount.money.suffix
      投资100万索莫尼                          | 100万索莫尼      | 1000000        |            | TJS  | exact  | amount.money.suffix
      二百余万元                              | 二百余万元        | 2000000        |            | CNY  | over   | amount.money.suffix
      逾百亿元                                | 逾百亿元         | 10000000000    |            | CNY  | over   | amount.money.suffix
      项目总投资3至5亿元                       | 3至5亿元         | 300000000      | 500000000  | CNY  | exact  | amount.money.suffix
      带来数十亿元收入                         | 数十亿元         | 2000000000     | 9000000000 | CNY  | about  | amount.money.suffix
      三十几万元                              | 三十几万元        | 310000         | 390000     | CNY  | about  | amount.money.suffix
      9000元日币                             | 9000元日币       | 9000           |            | JPY  | exact  | amount.money.suffix
      人均GDP约为1.1万美元                      | 约为1.1万美元     | 11000          |            | USD  | about  | amount.money.suffix
      捐款100万元左右                          | 100万元左右      | 1000000        |            | CNY  | about  | amount.money.suffix
      """)
  void moneySuffix(String sentence, String text, String value, String max, String unit, String approx, String rule) {
    assertOne(sentence, Amount.MONEY, text, value, max, unit, approx, rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      港币两千九百六十元                        | 港币两千九百六十元  | 2960           |            | HKD  | exact  | amount.money.prefix
      人民币5000元                            | 人民币5000元      | 5000           |            | CNY  | exact  | amount.money.prefix
      贷款美元5亿                              | 美元5亿           | 500000000      |            | USD  | exact  | amount.money.prefix
      资金人民币1.2亿元                        | 人民币1.2亿元     | 120000000      |            | CNY  | exact  | amount.money.prefix
      （约合人民币36亿元）                      | 约合人民币36亿元   | 3600000000     |            | CNY  | about  | amount.money.converted
      （约合16.4亿元人民币）                    | 约合16.4亿元人民币 | 1640000000    |            | CNY  | about  | amount.money.converted
      """)
  void moneyPrefix(String sentence, String text, String value, String max, String unit, String approx, String rule) {
    assertOne(sentence, Amount.MONEY, text, value, max, unit, approx, rule);
  }

  @Test
  void convertedAmountKeepsBoth() {
    List<Amount> found = extract("合同金额5亿美元（约合人民币36亿元）");
    assertThat(found).extracting(Amount::text).containsExactly("5亿美元", "约合人民币36亿元");
    assertThat(found).extracting(Amount::unit).containsExactly("USD", "CNY");
    assertThat(found).extracting(Amount::approx).containsExactly("exact", "about");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      巴基斯坦农民每亩增收约2万卢比                | PKR
      印度企业投资5亿卢比                         | INR
      货值约12亿巴基斯坦卢比，另有印度客商           | PKR
      合同额3亿卢比                              | INR
      沙特投资20亿里亚尔                          | SAR
      """)
  void currencyByContext(String sentence, String unit) {
    List<Amount> found = extract(sentence);
    assertThat(found).as(sentence).hasSize(1);
    assertThat(found.get(0).unit()).isEqualTo(unit);
  }

  @Test
  void currencyBeforeAnotherAmountIsNotAPrefix() {
    assertThat(extract("人民币升值2%，美元2年期国债收益率上升")).extracting(Amount::text).containsExactly("2%");
  }

  @Test
  void twoCurrenciesInOneSentence() {
    List<Amount> found = extract("4人民币 5美元");
    assertThat(found).extracting(Amount::text).containsExactly("4人民币", "5美元");
    assertThat(found).extracting(Amount::unit).containsExactly("CNY", "USD");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      占比58.9%                               | 58.9%           | 58.9           |            | %    | exact  | amount.percent.sign
      增长约30%                               | 约30%            | 30             |            | %    | about  | amount.percent.sign
      比去年扩大约30%                          | 约30%            | 30             |            | %    | about  | amount.percent.sign
      大约30%                                 | 大约30%          | 30             |            | %    | about  | amount.percent.sign
      下降-22.2%                              | -22.2%          | -22.2          |            | %    | exact  | amount.percent.sign
      提高10%—15%                             | 10%—15%         | 10             | 15         | %    | exact  | amount.percent.sign
      增幅为10-15%                            | 10-15%          | 10             | 15         | %    | exact  | amount.percent.sign
      占50%以上                               | 50%以上          | 50             |            | %    | over   | amount.percent.sign
      百分之三十五的企业                        | 百分之三十五      | 35             |            | %    | exact  | amount.percent.fraction
      上升了百分之2.2                          | 百分之2.2        | 2.2            |            | %    | exact  | amount.percent.fraction
      千分之2.4                               | 千分之2.4        | 0.24           |            | %    | exact  | amount.percent.fraction
      万分之三                                | 万分之三          | 0.03           |            | %    | exact  | amount.percent.fraction
      千分之一百一十一点一一二                   | 千分之一百一十一点一一二 | 11.1112   |            | %    | exact  | amount.percent.fraction
      出口增长近两成                           | 近两成           | 20             |            | %    | about  | amount.percent.tenths
      7.2成                                  | 7.2成           | 72             |            | %    | exact  | amount.percent.tenths
      三成半                                  | 三成半           | 35             |            | %    | exact  | amount.percent.tenths
      增产两三成                              | 两三成           | 20             | 30         | %    | about  | amount.percent.tenths
      增产两到三成                            | 两到三成          | 20             | 30         | %    | exact  | amount.percent.tenths
      半成                                   | 半成             | 5              |            | %    | exact  | amount.percent.tenths
      十成                                   | 十成             | 100            |            | %    | exact  | amount.percent.tenths
      提高1.5个百分点                          | 1.5个百分点       | 1.5            |            | pp   | exact  | amount.percent.points
      一百五十个百分点                          | 一百五十个百分点   | 150            |            | pp   | exact  | amount.percent.points
      '1,075个百分点'                          | '1,075个百分点'   | 1075           |            | pp   | exact  | amount.percent.points
      """)
  void percent(String sentence, String text, String value, String max, String unit, String approx, String rule) {
    assertOne(sentence, Amount.PERCENT, text, value, max, unit, approx, rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      年产能120万吨                            | 120万吨          | 1200000        |            | t    | exact  | amount.quantity.unit
      装机容量500兆瓦                          | 500兆瓦          | 500            |            | MW   | exact  | amount.quantity.unit
      总面积110多平方公里                       | 110多平方公里     | 110            |            | km²  | over   | amount.quantity.unit
      全长1200公里                            | 1200公里         | 1200           |            | km   | exact  | amount.quantity.unit
      年发电量约30亿千瓦时                      | 约30亿千瓦时      | 3000000000     |            | kWh  | about  | amount.quantity.unit
      年发电16亿度电                           | 16亿度           | 1600000000     |            | kWh  | exact  | amount.quantity.unit
      新增装机300万千瓦                         | 300万千瓦        | 3000000        |            | kW   | exact  | amount.quantity.unit
      集装箱吞吐量超2000万标箱                  | 超2000万标箱      | 20000000       |            | TEU  | over   | amount.quantity.unit
      12千米                                 | 12千米           | 12             |            | km   | exact  | amount.quantity.unit
      3 km                                  | 3 km            | 3              |            | km   | exact  | amount.quantity.unit
      两米半                                  | 两米半           | 2.5            |            | m    | exact  | amount.quantity.unit
      缴获近一吨冰毒                            | 近一吨           | 1              |            | t    | about  | amount.quantity.unit
      蓄水5000万立方米                          | 5000万立方米     | 50000000       |            | m³   | exact  | amount.quantity.unit
      志愿服务时长超100万小时                    | 超100万小时      | 1000000        |            | h    | over   | amount.quantity.unit
      光伏装机达2吉瓦                           | 2吉瓦            | 2              |            | GW   | exact  | amount.quantity.unit
      四分之一公升                             | 四分之一公升      | 0.25           |            | L    | exact  | amount.quantity.unit
      气温高达40摄氏度                          | 40摄氏度         | 40             |            | °C   | exact  | amount.quantity.unit
      气温37°C左右                             | 37°C左右         | 37             |            | °C   | about  | amount.quantity.unit
      把温度升高5度                            | 5度              | 5              |            | °    | exact  | amount.quantity.unit
      最低气温零下20摄氏度                      | 零下20摄氏度      | -20            |            | °C   | exact  | amount.quantity.unit
      摄氏37度                                | 摄氏37度         | 37             |            | °C   | exact  | amount.quantity.temperature
      华氏70°                                 | 华氏70°          | 70             |            | °F   | exact  | amount.quantity.temperature
      """)
  void physicalQuantity(String sentence, String text, String value, String max, String unit, String approx, String rule) {
    assertOne(sentence, Amount.QUANTITY, text, value, max, unit, approx, rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      吸引3000家企业参展                        | 3000家           | 3000           |            | 家   | exact  | amount.quantity.count
      带动就业超10万人                          | 超10万人          | 100000         |            | 人   | over   | amount.quantity.count
      接待游客1200万人次                        | 1200万人次       | 12000000       |            | 人次 | exact  | amount.quantity.count
      中欧班列累计开行11万列                     | 11万列           | 110000         |            | 列   | exact  | amount.quantity.count
      与30多个国家签约                          | 30多个           | 30             |            | 个   | over   | amount.quantity.count
      近千家企业                               | 近千家           | 1000           |            | 家   | about  | amount.quantity.count
      三四十家企业                             | 三四十家          | 30             | 40         | 家   | about  | amount.quantity.count
      十几家企业                               | 十几家           | 11             | 19         | 家   | about  | amount.quantity.count
      3至5家企业                               | 3至5家           | 3              | 5          | 家   | exact  | amount.quantity.count
      养殖小龙虾387万亩                         | 387万亩          | 3870000        |            | 亩   | exact  | amount.quantity.count
      不足200名学生                            | 不足200名         | 200            |            | 名   | under  | amount.quantity.count
      建成12座电站                             | 12座             | 12             |            | 座   | exact  | amount.quantity.count
      1000余家                               | 1000余家         | 1000           |            | 家   | over   | amount.quantity.count
      每周航班超2000班次                        | 超2000班次        | 2000           |            | 班次 | over   | amount.quantity.count
      一百多家企业参与                          | 一百多家          | 100            |            | 家   | over   | amount.quantity.count
      """)
  void count(String sentence, String text, String value, String max, String unit, String approx, String rule) {
    assertOne(sentence, Amount.QUANTITY, text, value, max, unit, approx, rule);
  }

  /** currencies.tsv: every currency name the issue lists, after 12 (12元, 12美元 …). */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "元, CNY", "人民币, CNY", "元人民币, CNY", "人民币元, CNY", "美元, USD", "美金, USD", "欧元, EUR",
    "日元, JPY", "英镑, GBP", "卢布, RUB", "坚戈, KZT", "索姆, KGS", "苏姆, UZS", "索莫尼, TJS",
    "巴基斯坦卢比, PKR", "印度卢比, INR", "港元, HKD", "港币, HKD", "澳门元, MOP", "新台币, TWD", "台币, TWD",
    "韩元, KRW", "澳元, AUD", "加元, CAD", "瑞郎, CHF", "瑞士法郎, CHF", "迪拉姆, AED", "里亚尔, SAR",
  })
  void currencies(String name, String code) {
    assertOne("共12" + name + "。", Amount.MONEY, "12" + name, "12", null, code, "exact", "amount.money.suffix");
  }

  /** units.tsv: physical units become symbols, scale words multiply. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "12公里, 12, km", "12平方公里, 12, km²", "12立方米, 12, m³", "12吨, 12, t", "12万吨, 120000, t",
    "12公斤, 12, kg", "12兆瓦, 12, MW", "12千瓦, 12, kW", "12吉瓦, 12, GW", "12千瓦时, 12, kWh",
    "12亿千瓦时, 1200000000, kWh", "12标箱, 12, TEU", "12万标箱, 120000, TEU", "12万千瓦, 120000, kW",
    "12亿度电, 1200000000, kWh", "12公顷, 12, ha", "12米, 12, m",
  })
  void units(String text, String value, String unit) {
    String sentence = "达到" + text + "。";
    String expected = text.endsWith("度电") ? text.substring(0, text.length() - 1) : text;
    assertOne(sentence, Amount.QUANTITY, expected, value, null, unit, "exact", "amount.quantity.unit");
  }

  /** measure-words.tsv: counts keep their measure word as the unit. */
  @ParameterizedTest(name = "12{0}")
  @ValueSource(strings = {"家", "人", "人次", "个", "列", "台", "项", "架", "艘", "辆", "亩", "名", "所", "座", "批", "场", "种",
      "架次", "例", "份", "班", "条"})
  void measureWords(String word) {
    assertOne("共有12" + word + "。", Amount.QUANTITY, "12" + word, "12", null, word, "exact", "amount.quantity.count");
  }

  /** qualifiers.tsv: every qualifier the contract names, before or after the amount. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "约12亿元, about", "近12亿元, about", "12亿元左右, about", "大约12亿元, about", "12亿元上下, about",
    "超12亿元, over", "超过12亿元, over", "逾12亿元, over", "12余亿元, over", "12多亿元, over", "12亿元以上, over",
    "突破12亿元, over", "超出12亿元, over", "不到12亿元, under", "不足12亿元, under", "12亿元以下, under",
    "低于12亿元, under", "未满12亿元, under",
  })
  void qualifiers(String text, String approx) {
    assertOne("投资" + text + "。", Amount.MONEY, text, "1200000000", null, "CNY", approx, "amount.money.suffix");
  }

  /** The NEGATIVE list: none of these holds an amount. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "推进5G网络建设",
    "播放4K超高清节目",
    "C919大型客机",
    "2025年是关键之年",
    "2025年7月18日",
    "1月1日元旦",
    "第11万列中欧班列",
    "第二十次会议",
    "24年风雨兼程",
    "24小时不间断",
    "3天后",
    "历时5个月",
    "两个多月",
    "3个多小时",
    "三四个方面",
    "十四五期间",
    "三一重工",
    "九三学社",
    "联系电话010-12345678",
    "订单号 A202107211321363588510367 可用作",
    "G20峰会",
    "奖池36.57亿",
    "一家企业",
    "一个重要平台",
    "走进千家万户",
    "五百分之2.2",
    "百分之二三十",
    "一成不变",
    "十四五规划",
    "二〇二五年",
    "三部门联合发文",
    "依照人民币被害人陈述予以认定",
    "两国元首",
    "两个口岸",
    "三家企业",
    "保持两位数增长",
    "建成为枢纽",
    "多元化发展",
    "2025年元旦期间",
    "他今年30岁",
    "产量增长了10倍",
    "每年举办1次",
    "1:2的比例",
    "编号GB/T 19001-2016",
    "人口约为2000万",
    "地铁2号线",
    "360度全景",
    "约占全球四分之一",
    "三分之一的企业",
    "半成品",
    "一半以上",
    "半小时",
    "半个月",
  })
  void notAmounts(String sentence) {
    assertThat(extract(sentence)).as(sentence).isEmpty();
  }

  @Test
  void ruleIdsAreUniqueAndNamespaced() {
    List<String> ids = Arrays.stream(AmountRule.values()).map(AmountRule::id).toList();
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.startsWith("amount."));
  }

  @Test
  void everyAmountHasItsSpanAndRule() {
    String text = "2024年，贸易额超1400亿美元，增长58.9%，新增3000家企业。\n装机500兆瓦。";
    List<Amount> found = extract(text);
    assertThat(found).hasSize(4);
    for (Amount a : found) {
      assertThat(text.substring(a.start(), a.end())).isEqualTo(a.text());
      assertThat(a.rule()).isNotBlank();
    }
  }

  private static List<Amount> extract(String text) {
    return EXTRACTOR.extract(ExtractionContext.of(text, REFERENCE));
  }

  private static void assertOne(String sentence, String kind, String text, String value, String max, String unit,
      String approx, String rule) {
    List<Amount> found = extract(sentence);
    assertThat(found).as(sentence).hasSize(1);
    Amount a = found.get(0);
    int start = sentence.indexOf(text);
    assertThat(a.text()).as("text").isEqualTo(text);
    assertThat(a.start()).as("start").isEqualTo(start);
    assertThat(a.end()).as("end").isEqualTo(start + text.length());
    assertThat(a.kind()).as("kind").isEqualTo(kind);
    assertThat(a.value()).as("value").isEqualByComparingTo(new BigDecimal(value));
    if (max == null) assertThat(a.valueMax()).as("valueMax").isNull();
    else assertThat(a.valueMax()).as("valueMax").isEqualByComparingTo(new BigDecimal(max));
    assertThat(a.unit()).as("unit").isEqualTo(unit);
    assertThat(a.approx()).as("approx").isEqualTo(approx);
    assertThat(a.rule()).as("rule").isEqualTo(rule);
  }
}
