package io.xinwen.extract.country;

import java.util.List;

/**
 * Leftmost-longest lookup of every dictionary word: country names (哈萨克斯坦, 阿联酋, 印尼 —
 * longest match, so 印度尼西亚 is never 印度), fixed compounds (中吉乌, 中巴经济走廊), capitals
 * (countries only when enabled) and traps (中泰集团, 美元, 哈尔滨, 中亚), which take their span so
 * no later rule reads a country inside them. Names and fixed compounds are what later rules use to
 * choose among ambiguous abbreviations.
 */
final class DictionaryRule implements Rule {
  static final String NAME = "country.name";
  static final String CAPITAL = "country.capital";
  static final String FIXED = "country.compound.fixed";

  /** Characters that, before 美国/中国…, make the 国 start 国家/国际 (欧美国家, 中美国际合作). */
  private static final String COUNTRY_LETTER_OR_REGION = "中美俄日韩英法德欧亚非拉";

  private final boolean capitals;

  DictionaryRule(boolean capitals) {
    this.capitals = capitals;
  }

  @Override
  public List<String> ids() {
    return List.of(NAME, CAPITAL, FIXED);
  }

  @Override
  public void apply(Scan scan) {
    String text = scan.text;
    int i = 0;
    while (i < text.length()) {
      Lexicon.Word w = scan.lexicon.longestWordAt(text, i);
      if (w == null || isNationalAdjective(text, i, w) || isCompoundLetter(scan, text, i, w)) {
        i++;
        continue;
      }
      if (isSide(scan, text, i, w)) {
        i += w.key().length();
        continue;
      }
      int end = i + w.key().length();
      switch (w.kind()) {
        case NAME -> {
          scan.emit(w.codes().get(0), i, end, NAME);
          scan.support(w.codes().get(0), i);
        }
        case CAPITAL -> {
          if (capitals) scan.emit(w.codes().get(0), i, end, CAPITAL);
        }
        case FIXED_COMPOUND -> {
          for (String code : w.codes()) {
            scan.emit(code, i, i + w.mentionLength(), FIXED);
            scan.support(code, i);
          }
        }
        case TRAP -> { }
      }
      scan.claim(i, end);
      i = end;
    }
  }

  /** 印尼方, 沙特方: a name before a side's 方, left to {@link SideRule} (still naming its country). */
  private static boolean isSide(Scan scan, String text, int i, Lexicon.Word w) {
    if (w.kind() != Lexicon.Kind.NAME || !SideRule.isSideAt(text, i + w.key().length())) return false;
    scan.support(w.codes().get(0), i);
    return true;
  }

  /** 印尼 in 中印尼: a name that is also a compound letter, after 中, left to {@link CompoundRule}. */
  private static boolean isCompoundLetter(Scan scan, String text, int i, Lexicon.Word w) {
    return w.kind() == Lexicon.Kind.NAME && i > 0 && text.charAt(i - 1) == '中'
        && scan.lexicon.gazetteer().abbreviations().containsKey(w.key());
  }

  /** 美国 in 欧美国家 / 中美国际: the 国 belongs to 国家/国际 after a compound letter. */
  private static boolean isNationalAdjective(String text, int i, Lexicon.Word w) {
    if (w.kind() != Lexicon.Kind.NAME || w.key().length() != 2 || w.key().charAt(1) != '国') return false;
    int next = i + 2;
    if (next >= text.length() || (text.charAt(next) != '家' && text.charAt(next) != '际')) return false;
    return i > 0 && COUNTRY_LETTER_OR_REGION.indexOf(text.charAt(i - 1)) >= 0;
  }
}
