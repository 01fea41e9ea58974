package io.xinwen.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineJoinerTest {
  private String join(String s) {
    return new LineJoiner().apply(s).text();
  }

  @Test
  void joinsColumnLinesInsideAParagraph() {
    String raw = "近期，上海合作组织框架内多项\n经贸交流活动举行，致力于实现更高\n水平的互利共赢，也为即将举行的上\n合组织天津峰会凝聚共识。\n";
    assertThat(join(raw)).isEqualTo("近期，上海合作组织框架内多项经贸交流活动举行，致力于实现更高水平的互利共赢，也为即将举行的上合组织天津峰会凝聚共识。");
  }

  @Test
  void joinsAcrossABlankLineWhereTheSentenceContinues() {
    String raw = "“我们见证了上海合作组织不断\n发展壮大，它已经成长为地区重要的\n\n经济合作和共同愿景平台。”谢赫说。\n\n下一段开始。";
    assertThat(join(raw)).isEqualTo("“我们见证了上海合作组织不断发展壮大，它已经成长为地区重要的经济合作和共同愿景平台。”谢赫说。\n下一段开始。");
  }

  @Test
  void neverJoinsAcrossAParagraphEndHeadingOrCredit() {
    String raw = "一组数据彰显合作成果。\n\n推进一体化 经贸合作硕果累累\n\n在巴基斯坦旁遮普省的麦田，得\n益于中巴合作的智能农业项目。\n\n人们在青岛拍照留念。\n（新华社记者 李紫恒 摄）\n\n■新华社记者 谢希瑶 邹多为";
    assertThat(join(raw)).isEqualTo(
        "一组数据彰显合作成果。\n推进一体化 经贸合作硕果累累\n在巴基斯坦旁遮普省的麦田，得益于中巴合作的智能农业项目。\n人们在青岛拍照留念。\n（新华社记者 李紫恒 摄）\n■新华社记者 谢希瑶 邹多为");
  }

  @Test
  void keepsOneParagraphPerLineInWireCopy() {
    String raw = "中哈经贸合作迈上新台阶\n新华社阿斯塔纳10月14日电（记者 赵文）第二届论坛14日在阿斯塔纳开幕，来自20多个国家的代表出席。\n与会代表认为，合作潜力巨大。\n（完）";
    assertThat(join(raw)).isEqualTo(raw);
  }

  @Test
  void dropsIdeographicIndentsAndStartsAParagraphAtEach() {
    String raw = "  第一段没有句号\n  第二段。";
    assertThat(join(raw)).isEqualTo("第一段没有句号\n第二段。");
  }

  @Test
  void putsASpaceBetweenLatinWordsBrokenAcrossLines() {
    assertThat(join("the Shanghai Cooperation Organisation and\nits partners")).isEqualTo("the Shanghai Cooperation Organisation and its partners");
  }

  @Test
  void mapsJoinedTextBackToRawOffsets() {
    String raw = "新疆霍尔果斯口\n岸作为";
    NormalizedText out = new LineJoiner().apply(raw);
    assertThat(out.text()).isEqualTo("新疆霍尔果斯口岸作为");
    assertThat(out.offsets().toRaw(out.text().indexOf('岸'))).isEqualTo(raw.indexOf('岸'));
    assertThat(out.offsets().toRaw(0)).isZero();
  }
}
