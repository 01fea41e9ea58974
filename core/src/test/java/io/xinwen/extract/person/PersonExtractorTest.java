package io.xinwen.extract.person;

import static org.assertj.core.api.Assertions.assertThat;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.model.PersonMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Examples per rule. In each example {@code [text]} marks a mention whose name is its text and
 * {@code [text=name]} one linked to a full name; every mention, with its exact span, must be found
 * and nothing else.
 */
class PersonExtractorTest {
  private final PersonExtractor extractor = new PersonExtractor();

  @ParameterizedTest
  @ValueSource(strings = {
    // person.transliterated: runs joined by a middle dot, titles before them stripped
    "《哈萨克斯坦真理报》总编辑[萨比特·马尔德巴耶夫]表示，上合组织始终秉持“上海精神”。",
    "上海合作组织副秘书长[索海尔·汗]说。",
    "斯里兰卡“一带一路”组织创始董事[亚西鲁·拉纳拉贾]认为，合作平台宝贵。",
    "土耳其亚太研究中心高级研究员[穆罕默德·博兹库尔特]说。",
    "乌兹别克斯坦总统[沙夫卡特·米尔济约耶夫]会见了代表团。",
    "哈萨克斯坦总统[卡西姆若马尔特·托卡耶夫]坦言，合作前景广阔。",
    // the dot variants • and ・ are the same name
    "乌兹别克斯坦总统[沙夫卡特•米尔济约耶夫=沙夫卡特·米尔济约耶夫]说。",
    "总统[沙夫卡特・米尔济约耶夫=沙夫卡特·米尔济约耶夫]说。",
    // a hyphenated given name, and 明/占 in transliterations
    "顾问委员会副主席[让-吕克·莫罗]说。",
    "吉布提港口与自贸区管理局副局长[阿明·瓦尔萨马]说，合作前景广阔。",
    "泰国开泰研究中心高级研究员[素帕·占塔翁]说。",
    // person.after-title: Chinese and transliterated names after a title
    "巴基斯坦工商联合会主席[谢赫]在上海合作组织工商论坛上说。",
    "中国商务部副部长兼国际贸易谈判副代表[凌激]说。",
    "津品跨境创始人[万晓文]说。",
    "哈萨克斯坦总统[托卡耶夫]表示，欢迎中国企业投资。",
    "外交部发言人[毛宁]在例行记者会上表示，中方愿同各方一道努力。",
    "中国社会科学院研究员[欧阳晓明]指出，区域合作前景广阔。",
    "越南工贸部电子商务和数字经济局副局长[阮氏秋香]说。",
    "塔吉克斯坦“霍瓦尔”国家通讯社记者[法尔霍德·纳扎罗夫]说。",
    "俄罗斯联邦委员会国际事务委员会第一副主席[安德烈·沃尔科夫]说：",
    "山东省商务厅厅长助理[刘红梅]称，青岛正在加快建设物流枢纽。",
    // person.before-title: a name before a leader title
    "“……。”[习近平]主席在会议上的讲话掷地有声。",
    "[托卡耶夫]总统会见了中国代表团。",
    "开幕式上，[李强]总理发表主旨演讲。",
    "[王毅]外长会见了哈萨克斯坦外长[努尔特列乌]。",
    // person.before-verb: a full Chinese name before a speech verb
    "“今年订单翻了一番。”[王晓红]说。",
    "据[李建国]介绍，项目已经投产。",
    // person.repeat and person.short-form: later mentions linked to the full name
    "总统[沙夫卡特·米尔济约耶夫]说，合作成果丰硕。[米尔济约耶夫=沙夫卡特·米尔济约耶夫]还表示，欢迎投资。",
    "主席[谢赫]在论坛上说。[谢赫]还表示，合作潜力巨大。",
    "副代表[凌激]说。会后，[凌激]会见了企业代表。",
  })
  void findsEveryMarkedMention(String example) {
    Marked m = Marked.parse(example);
    List<String> found = render(extractor.extract(ExtractionContext.of(m.text, null)));
    assertThat(found).containsExactlyElementsOf(m.expected);
  }

  /** Things that must NOT be extracted as persons. */
  @ParameterizedTest
  @ValueSource(strings = {
    "国家统计局有关负责人表示，经济运行总体平稳。",
    "他说，合作前景广阔。",
    "她表示，将继续努力。",
    "专家认为，数字经济潜力巨大。",
    "报告指出，贸易额持续增长。",
    "文件指出，要深化合作。",
    "中方表示，愿同各方一道努力。",
    "巴基斯坦总统表示，欢迎中国企业投资。",
    "哈萨克斯坦总统会见了代表团。",
    "上海合作组织秘书长出席了论坛。",
    "会议强调，要推动高质量发展。",
    "业内人士透露，新项目即将开工。",
    "中哈霍尔果斯国际边境合作中心人潮涌动。",
    "俄罗斯、巴基斯坦、乌兹别克斯坦等国代表表示，支持多边主义。",
    "新华社阿斯塔纳10月14日电（记者 赵文 陈一鸣）",
    "记者王小明·张报道",
    "大家都说，这里的变化很大。",
    "600余名政府官员、企业代表和专家学者出席。",
    "中国游客是马来西亚旅游业复苏的重要动力。",
    "韩国总统出席会议，，美国总统表示关切。",
    "会议由执行主席主持。",
    "严格来说，这不是新问题。",
    "总的来说，合作成果丰硕。",
  })
  void negatives(String text) {
    assertThat(extractor.extract(ExtractionContext.of(text, null))).isEmpty();
  }

  @Test
  void ruleIdsAreUnique() {
    Set<String> ids = new HashSet<>();
    for (PersonRules.Rule r : PersonRules.ALL) assertThat(ids.add(r.id())).as(r.id()).isTrue();
    assertThat(ids.add(PersonExtractor.REPEAT)).isTrue();
    assertThat(ids.add(PersonExtractor.SHORT_FORM)).isTrue();
  }

  @Test
  void namesTheRuleThatFoundEachMention() {
    String text = "总统沙夫卡特·米尔济约耶夫说。米尔济约耶夫表示，副代表凌激说。凌激表示，“好。”王晓红说。习近平主席指出，";
    List<String> rules = extractor.extract(ExtractionContext.of(text, null)).stream()
        .map(p -> p.text() + ":" + p.rule()).toList();
    assertThat(rules).containsExactly(
        "沙夫卡特·米尔济约耶夫:person.transliterated",
        "米尔济约耶夫:person.short-form",
        "凌激:person.after-title",
        "凌激:person.repeat",
        "王晓红:person.before-verb",
        "习近平:person.before-title");
  }

  @Test
  void spansIndexTheText() {
    String text = "巴基斯坦工商联合会主席谢赫说。谢赫表示，总编辑萨比特·马尔德巴耶夫认为，马尔德巴耶夫说，";
    for (PersonMention p : extractor.extract(ExtractionContext.of(text, null))) {
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
    }
  }

  private static List<String> render(List<PersonMention> found) {
    List<String> out = new ArrayList<>();
    for (PersonMention p : found) out.add(p.name() + "|" + p.text() + "@" + p.start() + "-" + p.end());
    return out;
  }

  /** An example with its bracket marks removed and the mentions they marked. */
  private record Marked(String text, List<String> expected) {
    static Marked parse(String example) {
      StringBuilder text = new StringBuilder();
      List<String> expected = new ArrayList<>();
      int i = 0;
      while (i < example.length()) {
        char c = example.charAt(i);
        if (c != '[') {
          text.append(c);
          i++;
          continue;
        }
        int close = example.indexOf(']', i);
        String inner = example.substring(i + 1, close);
        int eq = inner.indexOf('=');
        String surface = eq < 0 ? inner : inner.substring(0, eq);
        String name = eq < 0 ? inner : inner.substring(eq + 1);
        int start = text.length();
        text.append(surface);
        expected.add(name + "|" + surface + "@" + start + "-" + text.length());
        i = close + 1;
      }
      return new Marked(text.toString(), expected);
    }
  }
}
