package io.xinwen.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.model.Quote;
import io.xinwen.model.Speaker;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Examples per pattern: each input yields exactly one quote with the given rule, words and speaker
 * name; its span is where the words stand in the input (for a split quote, from the first part's
 * start to the second part's end).
 */
class QuoteExtractorTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  static Stream<Arguments> examples() {
    return Stream.of(
        // quote.direct.speaker-after
        Arguments.of("quote.direct.speaker-after", "谢赫",
            "“我们见证了上海合作组织不断发展壮大。”巴基斯坦工商联合会主席谢赫在上海合作组织工商论坛上说。",
            "我们见证了上海合作组织不断发展壮大。"),
        Arguments.of("quote.direct.speaker-after", "索海尔·汗",
            "“中国不断推动高质量共建‘一带一路’，带来更多机遇。”上海合作组织副秘书长索海尔·汗说。",
            "中国不断推动高质量共建‘一带一路’，带来更多机遇。"),
        Arguments.of("quote.direct.speaker-after", "王晓红",
            "“今年订单翻了一番！”，王晓红表示。",
            "今年订单翻了一番！"),
        // a quote over two paragraphs: the second opens with “ and the first never closes
        Arguments.of("quote.direct.speaker-after", "凌激",
            "“合作不断深化。\n“产业链更加紧密。”中国商务部副部长凌激说。",
            "合作不断深化。产业链更加紧密。"),
        // quote.direct.colon
        Arguments.of("quote.direct.colon", "托卡耶夫",
            "哈萨克斯坦总统托卡耶夫说：“哈中合作前景广阔。”",
            "哈中合作前景广阔。"),
        Arguments.of("quote.direct.colon", "毛宁",
            "外交部发言人毛宁表示，“中方愿同各方一道努力。”",
            "中方愿同各方一道努力。"),
        // quote.direct.split: both parts joined with nothing between them
        Arguments.of("quote.direct.split", "谢赫",
            "主席谢赫在论坛上发言。“这是一个平台，”他说，“也是一个机遇。”",
            "这是一个平台，也是一个机遇。"),
        // quote.direct.speech-noun
        Arguments.of("quote.direct.speech-noun", "习近平",
            "“‘察势者明，趋势者智。’各国利益休戚与共。”习近平主席在上海合作组织成员国元首理事会第二十次会议上的讲话掷地有声。",
            "‘察势者明，趋势者智。’各国利益休戚与共。"),
        // quote.direct.pronoun: 他说 after the quote → the last named speaker
        Arguments.of("quote.direct.pronoun", "萨比特·马尔德巴耶夫",
            "《哈萨克斯坦真理报》总编辑萨比特·马尔德巴耶夫出席论坛。“上合组织很重要。”他说。",
            "上合组织很重要。"),
        // quote.indirect.verb: to the end of the sentence and on while the speech continues
        Arguments.of("quote.indirect.verb", "萨比特·马尔德巴耶夫",
            "《哈萨克斯坦真理报》总编辑萨比特·马尔德巴耶夫表示，上合组织始终秉持“上海精神”，不针对任何一方。这促进了经贸往来。",
            "上合组织始终秉持“上海精神”，不针对任何一方。这促进了经贸往来。"),
        Arguments.of("quote.indirect.verb", "亚西鲁·拉纳拉贾",
            "斯里兰卡知名国际问题专家、斯里兰卡“一带一路”组织创始董事亚西鲁·拉纳拉贾认为，上合组织为全球南方国家提供了宝贵合作平台。",
            "上合组织为全球南方国家提供了宝贵合作平台。"),
        Arguments.of("quote.indirect.verb", "凌激",
            "中国商务部副部长兼国际贸易谈判副代表凌激指出，合作空间广阔。",
            "合作空间广阔。"),
        Arguments.of("quote.indirect.verb", "托卡耶夫",
            "哈萨克斯坦总统托卡耶夫强调，要深化互联互通。",
            "要深化互联互通。"),
        Arguments.of("quote.indirect.verb", "王晓红",
            "津品跨境负责人王晓红介绍，公司已在塔什干设立仓库。",
            "公司已在塔什干设立仓库。"),
        Arguments.of("quote.indirect.verb", "毛宁",
            "外交部发言人毛宁称，中方欢迎各方参与。",
            "中方欢迎各方参与。"),
        Arguments.of("quote.indirect.verb", "毛宁",
            "外交部发言人毛宁透露，峰会将于下月举行。",
            "峰会将于下月举行。"),
        Arguments.of("quote.indirect.verb", null,
            "国家统计局有关负责人表示，经济运行总体平稳。",
            "经济运行总体平稳。"),
        // a reporter's dateline before the subject is no part of it
        Arguments.of("quote.indirect.verb", null,
            "本报北京6月17日电  国家能源局有关负责人17日介绍，清洁能源项目总装机容量超过1.2亿千瓦。",
            "清洁能源项目总装机容量超过1.2亿千瓦。"),
        // an organisation speaks for itself
        Arguments.of("quote.indirect.verb", null,
            "新华社比什凯克9月5日电（记者 马骁）吉尔吉斯斯坦交通和通信部昨天发布消息说，首批隧道已完成主体开挖。",
            "首批隧道已完成主体开挖。"),
        // a quoted name inside the attribution does not end it
        Arguments.of("quote.direct.speaker-after", "法尔霍德·纳扎罗夫",
            "“天津开放、自信、充满活力。”塔吉克斯坦“霍瓦尔”国家通讯社记者法尔霍德·纳扎罗夫说。",
            "天津开放、自信、充满活力。"),
        Arguments.of("quote.indirect.verb", "雷娜塔·别尔科娃",
            "阿斯塔纳国际金融中心首席执行官雷娜塔·别尔科娃告诉新华社记者，中资企业注册数量持续增长。",
            "中资企业注册数量持续增长。"),
        Arguments.of("quote.indirect.verb", "阿依达娜",
            "参加活动的当地青年阿依达娜说，她希望到中国留学。",
            "她希望到中国留学。"),
        // quote.indirect.according-to
        Arguments.of("quote.indirect.according-to", "李建国",
            "据霍尔果斯口岸管理局局长李建国介绍，口岸日均进出人员超3万人次。",
            "口岸日均进出人员超3万人次。"),
        Arguments.of("quote.indirect.according-to", null,
            "据峰会新闻中心介绍，3000余名记者已报名采访峰会。",
            "3000余名记者已报名采访峰会。"),
        // quote.indirect.pronoun
        Arguments.of("quote.indirect.pronoun", "亚西鲁·拉纳拉贾",
            "创始董事亚西鲁·拉纳拉贾出席活动。他说，当今世界面临诸多挑战。",
            "当今世界面临诸多挑战。"),
        Arguments.of("quote.indirect.pronoun", "托卡耶夫",
            "哈萨克斯坦总统托卡耶夫出席论坛。同时他表示，欢迎中国企业投资。",
            "欢迎中国企业投资。"));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("examples")
  void findsExactlyOneQuote(String rule, String speaker, String text, String words) {
    List<Quote> found = extractor.extract(ExtractionContext.of(text, null));
    assertThat(found).hasSize(1);
    Quote q = found.get(0);
    assertThat(q.rule()).isEqualTo(rule);
    assertThat(q.text()).isEqualTo(words);
    assertThat(q.speaker()).isNotNull();
    assertThat(q.speaker().name()).isEqualTo(speaker);
    assertThat(q.kind()).isEqualTo(rule.startsWith("quote.direct") ? Quote.DIRECT : Quote.INDIRECT);
    if (rule.equals("quote.direct.split")) {
      assertThat(q.start()).isEqualTo(text.indexOf("这是"));
      assertThat(q.end()).isEqualTo(text.indexOf("机遇。") + 3);
    } else if (words.contains("产业链")) {
      assertThat(q.start()).isEqualTo(1);
      assertThat(q.end()).isEqualTo(text.indexOf("紧密。") + 3);
    } else {
      assertThat(q.start()).isEqualTo(text.indexOf(words));
      assertThat(q.end()).isEqualTo(text.indexOf(words) + words.length());
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
  }

  /** Quoted terms, slogans, titles and unattributed sayings: never quotes. */
  @ParameterizedTest
  @ValueSource(strings = {
    "共建“一带一路”倡议推动合作。",
    "上合组织始终坚持“上海精神”。",
    "上合组织经贸合作的“含金量”将不断提升。",
    "霍尔果斯口岸全年“24小时不打烊”，满足经贸需求。",
    "“大道不孤，众行致远”，在上合组织的发展壮大中得到生动诠释。",
    "这就是所谓“中国速度”。",
    "这座大桥被称为“天路”。",
    "《哈萨克斯坦真理报》刊文介绍合作成果。",
    "“上合组织大家庭”许多成员也是共建“一带一路”的重要参与国。",
    "各方秉持“共商共建共享”原则推进合作。",
    "为全球经济发展贡献“上合力量”。",
    "古丝绸之路上“使者相望于道，商旅不绝于途”的繁荣景象焕发荣光。",
    "这一模式被誉为“合作典范”，他说。",
    "会议强调，要推动高质量发展。",
    "报告指出，贸易额持续增长。",
    "数据显示，贸易额同比增长34%。",
    "这个词简称，不必解释。",
    "他们表示，将继续努力。",
    "严格来说，这不是新问题。",
    "人们称之为“丝路明珠”。",
    "他在《“一带一路”倡议十周年》一书中写道。",
  })
  void negatives(String text) {
    assertThat(extractor.extract(ExtractionContext.of(text, null))).isEmpty();
  }

  @Test
  void speakerStructureFromTheWordsBeforeTheName() {
    assertThat(speakerOf("“我们见证了发展壮大。”巴基斯坦工商联合会主席谢赫在上海合作组织工商论坛上说。"))
        .returns("谢赫", Speaker::name).returns("主席", Speaker::title).returns("巴基斯坦工商联合会", Speaker::organization);
    assertThat(speakerOf("《哈萨克斯坦真理报》总编辑萨比特·马尔德巴耶夫表示，合作很好。"))
        .returns("萨比特·马尔德巴耶夫", Speaker::name).returns("总编辑", Speaker::title)
        .returns("哈萨克斯坦真理报", Speaker::organization);
    assertThat(speakerOf("“合作更加紧密。”中国商务部副部长兼国际贸易谈判副代表凌激说。"))
        .isEqualTo(new Speaker("凌激", "副部长兼国际贸易谈判副代表", "中国商务部", "CN"));
    assertThat(speakerOf("“通关更快了。”霍尔果斯海关副关长张卫东说。"))
        .isEqualTo(new Speaker("张卫东", "副关长", "霍尔果斯海关", "CN"));
    assertThat(speakerOf("国家统计局有关负责人表示，经济运行总体平稳。"))
        .isEqualTo(new Speaker(null, "负责人", "国家统计局", "CN"));
    assertThat(speakerOf("斯里兰卡知名国际问题专家、斯里兰卡“一带一路”组织创始董事亚西鲁·拉纳拉贾认为，平台宝贵。"))
        .returns("创始董事", Speaker::title).returns("斯里兰卡“一带一路”组织", Speaker::organization);
    assertThat(speakerOf("“讲话很重要。”习近平主席在会议上的讲话掷地有声。"))
        .returns("习近平", Speaker::name).returns("主席", Speaker::title).returns(null, Speaker::organization);
    assertThat(speakerOf("“合作前景广阔。”上海合作组织副秘书长索海尔·汗说。"))
        .isEqualTo(new Speaker("索海尔·汗", "副秘书长", "上海合作组织", null));
  }

  @Test
  void titlesKeepTheirQualifiersAndPostings() {
    assertThat(speakerOf("“合作成果丰硕。”埃塞俄比亚驻华大使特斯法耶·格布雷说。"))
        .returns("驻华大使", Speaker::title).returns(null, Speaker::organization);
    assertThat(speakerOf("“合作成果丰硕。”中国驻阿联酋大使林海鹏说。"))
        .returns("驻阿联酋大使", Speaker::title).returns(null, Speaker::organization);
    assertThat(speakerOf("“合作成果丰硕。”乌兹别克斯坦能源部第一副部长沙夫卡特·托希罗夫说。"))
        .returns("第一副部长", Speaker::title).returns("乌兹别克斯坦能源部", Speaker::organization);
    assertThat(speakerOf("“合作成果丰硕。”巴基斯坦驻华大使馆公使衔参赞哈立德·贾米勒说。"))
        .returns("公使衔参赞", Speaker::title).returns("巴基斯坦驻华大使馆", Speaker::organization);
    assertThat(speakerOf("“合作成果丰硕。”丰禾农业公司驻卡拉奇负责人王建军说。"))
        .returns("负责人", Speaker::title).returns("丰禾农业公司", Speaker::organization);
    assertThat(speakerOf("“合作成果丰硕。”承建吉方路段的中铁二十局项目总工程师韩志强说。"))
        .returns("项目总工程师", Speaker::title).returns("中铁二十局", Speaker::organization);
    assertThat(speakerOf("“合作成果丰硕。”乌兹别克斯坦投资、工业和贸易部副部长拉济兹·乌马罗夫说。"))
        .returns("副部长", Speaker::title).returns("乌兹别克斯坦投资、工业和贸易部", Speaker::organization);
  }

  @Test
  void aQuotedTermAfterTheVerbLeavesTheSpeechIndirect() {
    String text = "外交部发言人毛宁说，天津峰会取得丰硕成果。她还强调，“上海精神”历久弥新。";
    List<Quote> found = extractor.extract(ExtractionContext.of(text, null));
    assertThat(found).extracting(Quote::text).containsExactly("天津峰会取得丰硕成果。", "“上海精神”历久弥新。");
    assertThat(found).extracting(q -> q.speaker().name()).containsExactly("毛宁", "毛宁");
    assertThat(found).extracting(Quote::rule).containsExactly("quote.indirect.verb", "quote.indirect.pronoun");
  }

  @Test
  void theObjectOfAMeetingSpeaksWithoutTheSentenceBeforeHim() {
    String text = "王毅外长会见了哈萨克斯坦外长努尔特列乌。努尔特列乌表示，哈方高度重视对华关系。";
    assertThat(speakerOf(text)).returns("努尔特列乌", Speaker::name).returns("外长", Speaker::title)
        .returns(null, Speaker::organization);
  }

  @Test
  void unnamedExpertsSpeakWithTheirTitle() {
    List<Quote> found = extractor.extract(ExtractionContext.of("多位专家普遍认为，数字经济潜力巨大。", null));
    assertThat(found).singleElement().returns("数字经济潜力巨大。", Quote::text)
        .returns(new Speaker(null, "专家", null, null), Quote::speaker);
  }

  @Test
  void aNameSaidAgainKeepsTheStructureOfItsFirstMention() {
    String text = "鼎新进出口有限公司总经理陈立群出席活动。陈立群介绍，订单已经排到明年。";
    assertThat(speakerOf(text)).returns("陈立群", Speaker::name).returns("总经理", Speaker::title)
        .returns("鼎新进出口有限公司", Speaker::organization);
  }

  @Test
  void countryOfTheSpeakerFromItsOrganisation() {
    // the country comes from the country extractor (issue 5) run on the organisation or nationality
    assertThat(speakerOf("“我们见证了发展壮大。”巴基斯坦工商联合会主席谢赫说。").country()).isEqualTo("PK");
    assertThat(speakerOf("《哈萨克斯坦真理报》总编辑萨比特·马尔德巴耶夫表示，合作很好。").country()).isEqualTo("KZ");
    // a nationality alone gives the country and no organisation
    assertThat(speakerOf("“合作成果丰硕。”中国驻阿联酋大使林海鹏说。"))
        .returns(null, Speaker::organization).returns("CN", Speaker::country);
    assertThat(speakerOf("“通关快多了。”哈萨克斯坦货车司机叶尔兰·卡西莫夫说。"))
        .returns("货车司机", Speaker::title).returns(null, Speaker::organization).returns("KZ", Speaker::country);
  }

  @Test
  void pronounsAndDemonstrativesResolveToEarlierSpeakers() {
    String text = "国家统计局有关负责人表示，经济运行总体平稳。\n"
        + "哈萨克斯坦总统托卡耶夫表示，合作前景广阔。\n"
        + "该负责人还介绍，消费持续回暖。\n"
        + "他指出，要深化合作。\n"
        + "托卡耶夫说，欢迎投资。";
    List<Quote> found = extractor.extract(ExtractionContext.of(text, null));
    assertThat(found).extracting(Quote::text)
        .containsExactly("经济运行总体平稳。", "合作前景广阔。", "消费持续回暖。", "要深化合作。", "欢迎投资。");
    assertThat(found).extracting(q -> q.speaker().name())
        .containsExactly(null, "托卡耶夫", null, "托卡耶夫", "托卡耶夫");
    assertThat(found.get(2).speaker()).isEqualTo(new Speaker(null, "负责人", "国家统计局", "CN"));
  }

  @Test
  void aPronounTakesAPersonNamedAfterTheLastSpeaker() {
    String text = "埃方官员梅丽莎·阿勒穆表示，示范中心成为田间课堂。\n"
        + "青年农技员塔德塞·贝克莱在示范中心学习了整整一季。他告诉记者，自己已经把技术教给了农民。";
    List<Quote> found = extractor.extract(ExtractionContext.of(text, null));
    assertThat(found).extracting(q -> q.speaker().name()).containsExactly("梅丽莎·阿勒穆", "塔德塞·贝克莱");
    assertThat(found.get(1).speaker().title()).isEqualTo("农技员");
    assertThat(found.get(1).rule()).isEqualTo("quote.indirect.pronoun");
  }

  @Test
  void herAndHimFollowTheGenderANameShows() {
    String text = "研究员安娜·彼得罗娃表示，中国坚持扩大开放。所长叶尔兰·努尔加利耶夫认为，中哈贸易再创新高。"
        + "她说，所到之处都能感受到活力。他说，哈萨克斯坦正在成为物流枢纽。";
    List<Quote> found = extractor.extract(ExtractionContext.of(text, null));
    assertThat(found).extracting(q -> q.speaker().name())
        .containsExactly("安娜·彼得罗娃", "叶尔兰·努尔加利耶夫", "安娜·彼得罗娃", "叶尔兰·努尔加利耶夫");
  }

  @Test
  void anOrganisationSpeakerKeepsItsNameAsOrganisation() {
    Speaker s = speakerOf("吉尔吉斯斯坦交通和通信部昨天发布消息说，首批隧道已完成主体开挖。");
    assertThat(s.name()).isNull();
    assertThat(s.title()).isNull();
    assertThat(s.organization()).isEqualTo("吉尔吉斯斯坦交通和通信部");
  }

  @Test
  void surnameOnlyNamesResolveToTheFullName() {
    String text = "乌兹别克斯坦总统沙夫卡特·米尔济约耶夫出席开幕式。米尔济约耶夫表示，两国合作成果丰硕。";
    List<Quote> found = extractor.extract(ExtractionContext.of(text, null));
    assertThat(found).singleElement().extracting(q -> q.speaker().name()).isEqualTo("沙夫卡特·米尔济约耶夫");
  }

  @Test
  void indirectSpeechStopsWhereANewSpeakerOrTheReporterTakesOver() {
    String text = "创始董事亚西鲁·拉纳拉贾认为，上合组织提供了宝贵平台。他说，当今世界面临挑战。据统计，贸易额增长。";
    List<Quote> found = extractor.extract(ExtractionContext.of(text, null));
    assertThat(found).extracting(Quote::text).containsExactly("上合组织提供了宝贵平台。", "当今世界面临挑战。");
    assertThat(found).extracting(Quote::rule).containsExactly("quote.indirect.verb", "quote.indirect.pronoun");
  }

  @Test
  void quoteMarksPairAcrossALineBreakLeftInsideTheWords() {
    String text = "“我们见证了上海合作组织不断\n发展壮大。”巴基斯坦工商联合会主席谢赫说。";
    Quote q = extractor.extract(ExtractionContext.of(text, null)).get(0);
    assertThat(q.text()).isEqualTo("我们见证了上海合作组织不断发展壮大。");
    assertThat(q.start()).isEqualTo(1);
    assertThat(q.end()).isEqualTo(text.indexOf('”'));
  }

  @Test
  void ruleIdsAreUnique() {
    Set<String> ids = new HashSet<>();
    Arrays.stream(QuoteRule.values()).forEach(r -> assertThat(ids.add(r.id())).as(r.id()).isTrue());
  }

  private Speaker speakerOf(String text) {
    List<Quote> found = extractor.extract(ExtractionContext.of(text, null));
    assertThat(found).hasSize(1);
    return found.get(0).speaker();
  }
}
