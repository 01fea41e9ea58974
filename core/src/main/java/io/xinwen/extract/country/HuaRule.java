package io.xinwen.extract.country;

import java.util.List;

/**
 * 华 for China after a verb or preposition of relation: 对华, 自华, 访华, 来华, 在华, 驻华, 涉华,
 * 旅华 … (CN, the mention is the two characters). Not 在华盛顿, 对华为, 在华东, 在华人.
 */
final class HuaRule implements Rule {
  static final String ID = "country.hua";

  private static final String BEFORE = "对自访来在驻涉旅援赴离返侵反亲知友抵留使";
  /** Characters after 华 that make it part of another word (华盛顿, 华为, 华东, 华人, 华侨 …). */
  private static final String NOT_CHINA_AFTER = "盛为东南北中西侨人裔夏尔丽润能电山章表文语府沙莱纳联灯美兴";

  @Override
  public List<String> ids() {
    return List.of(ID);
  }

  @Override
  public void apply(Scan scan) {
    String text = scan.text;
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i) != '华' || BEFORE.indexOf(text.charAt(i - 1)) < 0) continue;
      if (i + 1 < text.length() && NOT_CHINA_AFTER.indexOf(text.charAt(i + 1)) >= 0) continue;
      if (!scan.isFree(i - 1, i + 1)) continue;
      scan.emit("CN", i - 1, i + 1, ID);
      scan.claim(i - 1, i + 1);
    }
  }
}
