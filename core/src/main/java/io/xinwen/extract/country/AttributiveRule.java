package io.xinwen.extract.country;

import java.util.List;

/**
 * A country letter used as an adjective: 美媒, 美军, 日企 (letters of {@link #LETTERS} only);
 * 据美总统, 韩外长, “美对华…, 乌第一大贸易伙伴, 驻塔大使 (any letter whose country is known, shared ones as
 * the article names them). The mention is the letter. Runs after every compound rule, so 中美军事
 * stays a compound. Before 总统/总理/… the letter must follow a function word or punctuation,
 * since a foreign name often ends in one (罗林斯总统, 哈米德总统).
 */
final class AttributiveRule implements Rule {
  static final String ID = "country.attributive";

  static final String LETTERS = "美俄日韩英法德朝越泰菲澳";
  private static final List<String> NOUNS = List.of("媒", "军", "企", "籍");
  private static final List<String> MISSIONS = List.of("大使", "使馆", "总领事", "总领馆", "领事", "使节", "代表");
  private static final List<String> RANKS = List.of("第一大", "第二大", "第三大", "最大");
  private static final List<String> OFFICES =
      List.of("总统", "总理", "首相", "外长", "防长", "国务卿", "政府", "议会", "对华", "对中");
  /** What may precede a letter before an office (据美总统, 与日首相, “韩政府). */
  private static final String FUNCTION_BEFORE = "据与和同及对向在的是称为被将让使由因从";
  /** Characters that with a following letter form a word (立法, 道德, 精英, 完美 …). */
  private static final String WORD_BEFORE = "立执司违合办宪依守护变犯用说看做想技书算兵语税民刑商道品美精群育完赞审健甜柔";

  @Override
  public List<String> ids() {
    return List.of(ID);
  }

  @Override
  public void apply(Scan scan) {
    String text = scan.text;
    for (int i = 0; i < text.length(); i++) {
      String abbr = scan.lexicon.abbreviationAt(text, i);
      if (abbr == null || abbr.equals("中") || abbr.length() != 1 || !scan.isFree(i, i + 1)) continue;
      String code = scan.resolve(abbr, i);
      if (code == null) continue;
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      boolean noun = LETTERS.indexOf(abbr.charAt(0)) >= 0 && startsWithAny(text, i + 1, NOUNS)
          && WORD_BEFORE.indexOf(before) < 0;
      boolean rank = startsWithAny(text, i + 1, RANKS) && WORD_BEFORE.indexOf(before) < 0;
      boolean office = startsWithAny(text, i + 1, OFFICES)
          && (!isHan(before) || FUNCTION_BEFORE.indexOf(before) >= 0);
      boolean mission = before == '驻' && startsWithAny(text, i + 1, MISSIONS);
      if (!noun && !rank && !office && !mission) continue;
      scan.emit(code, i, i + 1, ID);
      scan.claim(i, i + 1);
    }
  }

  private static boolean startsWithAny(String text, int at, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w, at)) return true;
    }
    return false;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
