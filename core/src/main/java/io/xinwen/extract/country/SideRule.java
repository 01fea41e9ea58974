package io.xinwen.extract.country;

import java.util.List;

/**
 * {@code X方}, a country's side in talks: 中方, 哈方, 俄方, 美方, 印尼方, 沙特方 (a letter or a name);
 * 巴方 and other shared letters only as the country the article names. Not 方面/方案/方式 (德方面 in 道德方面), and not
 * 双方/各方/西方, whose first letter is no country's.
 */
final class SideRule implements Rule {
  static final String ID = "country.side";

  /** Characters after 方 that make it a word of its own (方面, 方案, 方法 …). */
  private static final String NOT_SIDE_AFTER = "面案法式向针便位略程言才能可圆舟寸块格剂子阵";

  /** Whether the 方 at {@code fang} is a side (not the start of 方面, 方案 …). */
  static boolean isSideAt(String text, int fang) {
    if (fang >= text.length() || text.charAt(fang) != '方') return false;
    if (text.startsWith("方面临", fang)) return true; // 美方面临压力
    return fang + 1 >= text.length() || NOT_SIDE_AFTER.indexOf(text.charAt(fang + 1)) < 0;
  }

  @Override
  public List<String> ids() {
    return List.of(ID);
  }

  @Override
  public void apply(Scan scan) {
    String text = scan.text;
    for (int i = 0; i < text.length(); i++) {
      Lexicon.Word name = scan.lexicon.longestWordAt(text, i);
      String abbr = scan.lexicon.abbreviationAt(text, i);
      String code;
      int fang;
      if (name != null && name.kind() == Lexicon.Kind.NAME && isSideAt(text, i + name.key().length())) {
        code = name.codes().get(0);
        fang = i + name.key().length();
      } else if (abbr != null && isSideAt(text, i + abbr.length())) {
        code = scan.resolve(abbr, i);
        fang = i + abbr.length();
      } else {
        continue;
      }
      if (code == null || !scan.isFree(i, fang + 1)) continue;
      scan.emit(code, i, fang + 1, ID);
      scan.claim(i, fang + 1);
      i = fang;
    }
  }
}
