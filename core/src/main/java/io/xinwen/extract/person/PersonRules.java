package io.xinwen.extract.person;

import io.xinwen.model.PersonMention;
import java.util.List;

/**
 * The trigger rules of {@link PersonExtractor}, in order. Each finds name candidates from one kind
 * of evidence; the extractor resolves overlaps (longest wins) and then links repeats.
 */
final class PersonRules {
  private PersonRules() {}

  /** One named rule: appends the candidates it finds in {@code text}. */
  interface Rule {
    String id();

    void find(String text, NameLexicon lex, List<PersonMention> out);
  }

  /** Characters that never occur inside a Chinese given name here (function words, org words). */
  private static final String NOT_IN_NAME =
      "的了在是不也都这那们和与等着过为对从向将被把就还又而但所以其之于及或并已曾要能会可该此每各某他她它我你年月日中省市县区部局院说表示来";

  /** Leader titles that follow a name (习近平主席, 托卡耶夫总统). */
  private static final List<String> TITLES_AFTER_NAME = List.of("主席", "总统", "总理", "首相", "国王", "秘书长", "总干事", "外长", "部长", "大使");

  private static final int MAX_TRANSLIT_PART = 8;

  /** 萨比特·马尔德巴耶夫: runs of transliteration characters joined by a middle dot. */
  static final Rule TRANSLITERATED = new Rule() {
    @Override
    public String id() {
      return "person.transliterated";
    }

    @Override
    public void find(String text, NameLexicon lex, List<PersonMention> out) {
      int i = 0;
      while (i < text.length()) {
        if (!isDot(text.charAt(i))) {
          i++;
          continue;
        }
        int start = leftRun(text, i, lex);
        // a hyphenated given name: 让-吕克·莫罗
        while (start > 1 && start < i && isHyphen(text.charAt(start - 1)) && lex.isTransliteration(text.charAt(start - 2))) {
          int more = leftRun(text, start - 1, lex);
          if (more == start - 1) break;
          start = more;
        }
        int end = i;
        while (end < text.length() && isDot(text.charAt(end))) {
          int partEnd = translitRun(text, end + 1, lex);
          if (partEnd == end + 1) break;
          end = partEnd;
        }
        if (start < i && end > i) {
          String surface = text.substring(start, end);
          out.add(new PersonMention(foldDots(surface), surface, start, end, id()));
        }
        i = Math.max(end, i + 1);
      }
    }
  };

  /** Start of the run of transliteration characters ending at {@code end} (at most {@link #MAX_TRANSLIT_PART}). */
  private static int leftRun(String text, int end, NameLexicon lex) {
    int start = end;
    while (start > 0 && end - start < MAX_TRANSLIT_PART && lex.isTransliteration(text.charAt(start - 1))
        && !lex.wordEndsAt(text, start)) {
      start--;
    }
    return start;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '－' || c == '‐' || c == '‑';
  }

  /** 主席谢赫, 副代表凌激, 总统托卡耶夫: a name right after a title. */
  static final Rule AFTER_TITLE = new Rule() {
    @Override
    public String id() {
      return "person.after-title";
    }

    @Override
    public void find(String text, NameLexicon lex, List<PersonMention> out) {
      for (int i = 0; i < text.length(); i++) {
        String title = lex.titleAt(text, i);
        if (title == null) continue;
        int b = i + title.length();
        int end = chineseNameEnd(text, b, lex);
        if (end < 0) {
          end = translitRun(text, b, lex);
          if (end - b < 2 || !lex.nameMayEndBefore(text, end) || lex.isCountryName(text.substring(b, end))) end = -1;
        }
        if (end > b) {
          out.add(new PersonMention(text.substring(b, end), text.substring(b, end), b, end, id()));
          i = end - 1;
        }
      }
    }
  };

  /** 习近平主席, 托卡耶夫总统: a name right before a leader title, after a boundary. */
  static final Rule BEFORE_TITLE = new Rule() {
    @Override
    public String id() {
      return "person.before-title";
    }

    @Override
    public void find(String text, NameLexicon lex, List<PersonMention> out) {
      for (String title : TITLES_AFTER_NAME) {
        for (int t = text.indexOf(title); t >= 0; t = text.indexOf(title, t + 1)) {
          int start = fullChineseNameBefore(text, t, lex);
          if (start < 0) start = shortChineseNameBefore(text, t, lex);
          if (start < 0) {
            start = t;
            while (start > 0 && t - start < 6 && lex.isTransliteration(text.charAt(start - 1))) start--;
            if (t - start < 2 || !boundaryBefore(text, start) || lex.isCountryName(text.substring(start, t))) start = -1;
          }
          if (start >= 0) out.add(new PersonMention(text.substring(start, t), text.substring(start, t), start, t, id()));
        }
      }
    }
  };

  /** “……”王小明说 / ，王小明表示: a full Chinese name (surname + two characters) before a speech verb. */
  static final Rule BEFORE_VERB = new Rule() {
    @Override
    public String id() {
      return "person.before-verb";
    }

    @Override
    public void find(String text, NameLexicon lex, List<PersonMention> out) {
      for (int v = 0; v < text.length(); v++) {
        if (lex.speechVerbAt(text, v) == null) continue;
        int start = fullChineseNameBefore(text, v, lex);
        if (start >= 0) out.add(new PersonMention(text.substring(start, v), text.substring(start, v), start, v, id()));
      }
    }
  };

  /** Every trigger rule, in order. */
  static final List<Rule> ALL = List.of(TRANSLITERATED, AFTER_TITLE, BEFORE_TITLE, BEFORE_VERB);

  /** End of a Chinese name (surname + one or two characters) starting at {@code b}, or -1. */
  static int chineseNameEnd(String text, int b, NameLexicon lex) {
    int s = lex.surnameAt(text, b);
    if (s == 0) return -1;
    int maxGiven = vietnameseMiddle(text, b + s) ? 3 : 2;
    for (int given = maxGiven; given >= 1; given--) {
      int end = b + s + given;
      if (end > text.length()) continue;
      boolean firstStartsWord = lex.titleAt(text, b + s) != null || lex.speechVerbAt(text, b + s) != null;
      if (allNameChars(text, b + s, end) && !firstStartsWord && !wordStartsInside(text, b + s + 1, end, lex)
          && lex.nameMayEndBefore(text, end)
          && !(end < text.length() && isDot(text.charAt(end)))) {
        return end;
      }
    }
    return -1;
  }

  /** Vietnamese names carry 氏 (women) or 文 (men) after the surname: 阮氏秋香. */
  private static boolean vietnameseMiddle(String text, int i) {
    return i < text.length() && (text.charAt(i) == '氏' || text.charAt(i) == '文');
  }

  /** Start of a three- or four-character Chinese name ending at {@code end} and preceded by a boundary, or -1. */
  static int fullChineseNameBefore(String text, int end, NameLexicon lex) {
    for (int len = 4; len >= 3; len--) {
      int start = end - len;
      if (start < 0) continue;
      int s = lex.surnameAt(text, start);
      if (s == 0 || len - s != 2) continue;
      if (allNameChars(text, start + s, end) && boundaryBefore(text, start)) return start;
    }
    return -1;
  }

  /** Whether a speech verb or follower word starts inside [from, to) (毛宁称 is 毛宁 + 称). */
  private static boolean wordStartsInside(String text, int from, int to, NameLexicon lex) {
    for (int k = from; k < to; k++) {
      if (lex.nameMayEndBefore(text, k)) return true;
    }
    return false;
  }

  /** Start of a two-character name (李强总理) ending at {@code end} after a boundary, never a country (韩国总统), or -1. */
  private static int shortChineseNameBefore(String text, int end, NameLexicon lex) {
    int start = end - 2;
    if (start < 0 || lex.surnameAt(text, start) != 1 || !boundaryBefore(text, start)) return -1;
    String name = text.substring(start, end);
    return allNameChars(text, start + 1, end) && !lex.isCountryName(name) && !name.endsWith("国") ? start : -1;
  }

  private static boolean allNameChars(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!NameLexicon.isHan(c) || NOT_IN_NAME.indexOf(c) >= 0) return false;
    }
    return true;
  }

  /** End of the run of transliteration characters from {@code from}, stopping where a speech verb or follower word starts. */
  static int translitRun(String text, int from, NameLexicon lex) {
    int end = from;
    while (end < text.length() && end - from < MAX_TRANSLIT_PART && lex.isTransliteration(text.charAt(end))
        && (end == from || !lex.nameMayEndBefore(text, end))) {
      end++;
    }
    return end;
  }

  /** Whether a name may start at {@code start}: text start, punctuation, a line break or 据. */
  static boolean boundaryBefore(String text, int start) {
    if (start == 0) return true;
    char c = text.charAt(start - 1);
    return "，。、；：“”‘’（）《》！？\n 　,;:()".indexOf(c) >= 0 || c == '据';
  }

  static boolean isDot(char c) {
    return c == '·' || c == '•' || c == '・' || c == '･' || c == '‧' || c == '∙';
  }

  /** The text with every middle-dot variant replaced by {@code ·}. */
  static String foldDots(String s) {
    StringBuilder b = new StringBuilder(s);
    for (int i = 0; i < b.length(); i++) {
      if (isDot(b.charAt(i))) b.setCharAt(i, '·');
    }
    return b.toString();
  }
}
