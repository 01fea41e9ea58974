package io.xinwen.text;

import java.util.regex.Pattern;

/** Recognises the kinds of lines a news page holds besides body text (one small rule each). */
final class LineKinds {
  private LineKinds() {}

  private static final String HAN = "\\p{IsHan}";
  private static final String NAME = "[" + HAN + "·]{1,12}";

  /** 人民日报  2025年11月3日  星期一  2  要闻 / 新华每日电讯 2025年9月2日 星期二 第5版 */
  static final Pattern PAGE_HEADER = Pattern.compile(
      "^(\\S{2,10}?(?:报|电讯)(?:海外版)?)\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:星期.)?.{0,24}$");

  /** 2025-08-28 09:15:32 来源：新华网 / 来源：人民网 2025-08-28 */
  static final Pattern META_LINE = Pattern.compile(
      "^(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(?:来源|作者|编辑)[:：].*"
          + "|(?:来源|稿源)[:：]\\S+\\s+(\\d{4})-(\\d{1,2})-(\\d{1,2}).*)$");

  /** ■新华社记者 谢希瑶 邹多为 / 本报记者 孙海燕 王  芳 */
  static final Pattern BYLINE = Pattern.compile(
      "^[■□●◆]?\\s*((?:新华社|本报|中新社|人民日报|经济日报|光明日报)?(?:特约|驻\\S{1,6})?记者)\\s*((?:" + NAME + "\\s*)+)$");

  /** A caption credit: （新华社记者 李紫恒 摄） / （新华社发 胡富国 摄） / （新华社发） */
  static final Pattern CREDIT = Pattern.compile(
      "[（(]\\s*((?:新华社|本报|中新社|人民日报)?(?:记者|发|特约记者|通讯员)?)\\s*((?:" + NAME + "\\s*)*?)\\s*(?:摄)?\\s*[）)]\\s*$");

  /** （新华社北京电） closing a body, or standing alone. */
  static final Pattern DATELINE_TAIL = Pattern.compile("[（(](新华社|中新社)(" + HAN + "{1,10}?)电[）)]\\s*$");

  /** 新华社塔什干10月14日电（记者 赵文 陈一鸣） / 本报上海11月2日电 opening a paragraph. */
  static final Pattern DATELINE_HEAD = Pattern.compile(
      "^(新华社|本报|中新社|人民日报)(" + HAN + "{1,10}?)(?:(\\d{4})年)?(?:(\\d{1,2})月(\\d{1,2})日)?电"
          + "(?:[（(]\\s*(?:记者|通讯员)\\s*((?:" + NAME + "\\s*)+)[）)])?");

  static final Pattern END_MARK = Pattern.compile("[（(]完[）)]\\s*$");
  static final Pattern EDITOR = Pattern.compile("^[（(【\\[]?\\s*(?:责任编辑|编辑|责编)\\s*[:：].{0,30}$");

  static boolean isPageHeader(String line) {
    return PAGE_HEADER.matcher(line.strip()).matches();
  }

  static boolean isMeta(String line) {
    return META_LINE.matcher(line.strip()).matches();
  }

  static boolean isByline(String line) {
    return BYLINE.matcher(line.strip()).matches();
  }

  /** A line that is only a credit, like （新华社记者 李紫恒 摄）. */
  static boolean isCreditOnly(String line) {
    String s = line.strip();
    return (s.startsWith("（") || s.startsWith("(")) && CREDIT.matcher(s).matches() && isCredit(s);
  }

  /** Ends with a photo credit (摄, 新华社发). */
  static boolean isCredit(String s) {
    if (!endsWithClosingBracket(s)) return false; // CREDIT ends in ）: no need to search the line
    var m = CREDIT.matcher(s);
    if (!m.find()) return false;
    String agency = m.group(1);
    String whole = m.group();
    return whole.contains("摄") || agency.endsWith("发");
  }

  static boolean isEndMark(String line) {
    return line.strip().equals("（完）") || line.strip().equals("(完)");
  }

  static boolean isEditor(String line) {
    return EDITOR.matcher(line.strip()).matches();
  }

  static boolean isDatelineOnly(String line) {
    String s = line.strip();
    return (s.startsWith("（") || s.startsWith("(")) && DATELINE_TAIL.matcher(s).lookingAt();
  }

  private static boolean endsWithClosingBracket(String s) {
    int i = s.length() - 1;
    while (i >= 0 && Character.isWhitespace(s.charAt(i))) i--;
    return i >= 0 && (s.charAt(i) == '）' || s.charAt(i) == ')');
  }

  static boolean isSubtitle(String line) {
    String s = line.strip();
    return s.startsWith("——") || s.startsWith("—") && s.length() > 2 || s.startsWith("--");
  }

  /** Lines that never join with their neighbours. */
  static boolean isStructural(String line) {
    return isPageHeader(line) || isMeta(line) || isByline(line) || isCreditOnly(line) || isEndMark(line)
        || isEditor(line) || isDatelineOnly(line) || isSubtitle(line);
  }

  /** Whether the (stripped) line ends a sentence: 。！？… or a closing mark right after one, or a credit. */
  static boolean endsSentence(String line) {
    String s = line.strip();
    if (s.isEmpty()) return true;
    char last = s.charAt(s.length() - 1);
    if (isFinal(last)) return true;
    if (last == '”' || last == '’' || last == '」' || last == '』' || last == '"') {
      return s.length() >= 2 && isFinal(s.charAt(s.length() - 2));
    }
    if (last == '）' || last == ')') {
      if (END_MARK.matcher(s).find() || DATELINE_TAIL.matcher(s).find() || isCredit(s)) return true;
      int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
      return open > 0 && isFinal(s.charAt(open - 1));
    }
    return false;
  }

  private static boolean isFinal(char c) {
    return c == '。' || c == '！' || c == '？' || c == '…' || c == '!' || c == '?' || c == '；';
  }

  /** Display width in Han-character units: ASCII and Latin count half. */
  static double width(String line) {
    double w = 0;
    String s = line.strip();
    for (int i = 0; i < s.length(); i++) w += s.charAt(i) < 0x2000 ? 0.5 : 1;
    return w;
  }

  /** Has sentence-internal punctuation, so it is not a heading. */
  static boolean hasClausePunctuation(String line) {
    for (int i = 0; i < line.length(); i++) {
      switch (line.charAt(i)) {
        case '，', '。', '、', '；', '：', '！', '？', ',', ';':
          return true;
        default:
          break;
      }
    }
    return false;
  }

  /** A short line without clause punctuation: a title or section heading if it stands alone. */
  static boolean isHeadingLike(String line) {
    String s = line.strip();
    return !s.isEmpty() && width(s) <= 26 && !hasClausePunctuation(s) && !isStructural(s);
  }
}
