package io.xinwen.extract.country;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compounds of country letters (中哈, 中俄蒙, 中美日韩, 哈中关系, 美日韩三国): one mention per letter
 * whose country is known, all with the compound's text and span. A run counts when it starts with
 * 中, is followed by a word of relation (两国, 关系, 合作 …), or pairs only the major letters
 * 美俄日韩英法德朝 (日韩, 美英); a 中 later in a run is too often the postposition (执法中, 冲突中).
 * Shared letters (巴, 乌, 马, 新) take the country the article names; a letter nothing supports is
 * left out, and a run with no country besides 中 yields nothing. A run after a word ending in 中
 * (其中, 集中) is skipped; a run is cut before a letter that starts a word with the next
 * character (中美好, 美德) and never repeats a letter (立法法).
 */
final class CompoundRule implements Rule {
  static final String ID = "country.compound";

  /** Characters that with a following 中 form a word (其中, 集中, 心中 …). */
  private static final String ZHONG_WORD_BEFORE = "其集当之空心期高初途家手眼程暗居命适折个正看选击射猜打华争赛局";

  /** Letters that form a compound without 中 or a word of relation (日韩, 美英, 朝韩). */
  private static final String MAJOR = "美俄日韩英法德朝";

  /** What follows a compound without 中 (美日韩三国, 美俄关系). */
  private static final List<String> RELATION_AFTER = List.of(
      "两国", "三国", "四国", "双边", "三边", "关系", "合作", "峰会", "会谈", "会晤", "同盟", "联盟",
      "边境", "贸易", "经贸", "首脑", "外长", "领导人", "元首", "之间", "对话", "军演", "联合", "战略",
      "友好", "经济", "自贸", "伙伴", "建交", "冲突", "局势", "战争", "谈判", "争端", "友谊", "交往",
      "边界", "两军", "间");

  @Override
  public List<String> ids() {
    return List.of(ID);
  }

  @Override
  public void apply(Scan scan) {
    String text = scan.text;
    int i = 0;
    while (i < text.length()) {
      int end = tryRun(scan, i);
      i = end > i ? end : i + 1;
    }
  }

  /** Reads a compound at {@code start}; returns its end when one was emitted, else {@code start}. */
  private static int tryRun(Scan scan, int start) {
    String text = scan.text;
    List<String> letters = new ArrayList<>();
    int j = start;
    while (j < text.length()) {
      String a = scan.lexicon.abbreviationAt(text, j);
      if (a == null || !scan.isFree(j, j + a.length())) break;
      if (!letters.isEmpty() && scan.lexicon.isCompoundStop(last(letters), text.charAt(j))) break; // 美德
      if (letters.contains(a)) break; // 立法法
      letters.add(a);
      j += a.length();
    }
    if (letters.size() < 2) return start;
    if (letters.get(0).equals("中") && start > 0 && ZHONG_WORD_BEFORE.indexOf(text.charAt(start - 1)) >= 0) {
      return start; // 其中美日…: let the scan continue at the next letter
    }
    while (letters.size() >= 2 && j < text.length() && scan.lexicon.isCompoundStop(last(letters), text.charAt(j))) {
      j -= last(letters).length();
      letters.remove(letters.size() - 1);
    }
    if (letters.size() < 2) return start;
    if (!letters.get(0).equals("中") && !followedByRelation(text, j) && !allMajor(letters)) {
      return start; // 执法中, 冲突中
    }
    Set<String> codes = new LinkedHashSet<>();
    int pos = start;
    boolean foreign = false;
    for (String a : letters) {
      String code = scan.resolve(a, pos);
      if (code != null) {
        codes.add(code);
        if (!a.equals("中")) foreign = true;
      }
      pos += a.length();
    }
    if (!foreign) return start;
    for (String code : codes) scan.emit(code, start, j, ID);
    scan.claim(start, j);
    return j;
  }

  /** Whether every letter is one of {@link #MAJOR}, which pair on their own (日韩, 美英). */
  private static boolean allMajor(List<String> letters) {
    for (String a : letters) {
      if (a.length() != 1 || MAJOR.indexOf(a.charAt(0)) < 0) return false;
    }
    return true;
  }

  private static String last(List<String> letters) {
    return letters.get(letters.size() - 1);
  }

  private static boolean followedByRelation(String text, int at) {
    for (String r : RELATION_AFTER) {
      if (text.startsWith(r, at)) return true;
    }
    return false;
  }
}
