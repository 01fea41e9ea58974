package io.xinwen.text;

import io.xinwen.model.Caption;
import io.xinwen.model.Dateline;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Recovers an article's structure from normalized text (one paragraph per line): title,
 * subtitle, byline authors, dateline, section headings, photo captions with credits, and the
 * date of a page header or web meta line. Also marks which parts facts are extracted from.
 */
public final class LayoutParser {
  private enum Kind { HEADER, META, TITLE, SUBTITLE, BYLINE, DATELINE, HEADING, CAPTION, CREDIT, END, EDITOR, BODY }

  private record Para(int start, int end, String text) {}

  public ArticleLayout parse(String text) {
    List<Para> paras = paragraphs(text);
    Kind[] kinds = new Kind[paras.size()];
    LocalDate published = null;
    List<String> authors = new ArrayList<>();
    for (int i = 0; i < paras.size(); i++) {
      String p = paras.get(i).text();
      Matcher header = LineKinds.PAGE_HEADER.matcher(p);
      Matcher meta = LineKinds.META_LINE.matcher(p);
      if (header.matches()) {
        kinds[i] = Kind.HEADER;
        if (published == null) published = date(header.group(2), header.group(3), header.group(4));
      } else if (meta.matches()) {
        kinds[i] = Kind.META;
        if (published == null) {
          published = meta.group(1) != null
              ? date(meta.group(1), meta.group(2), meta.group(3))
              : date(meta.group(4), meta.group(5), meta.group(6));
        }
      } else if (LineKinds.isByline(p)) {
        kinds[i] = Kind.BYLINE;
        Matcher m = LineKinds.BYLINE.matcher(p);
        if (m.matches()) authors.addAll(names(m.group(2)));
      } else if (LineKinds.isSubtitle(p)) {
        kinds[i] = Kind.SUBTITLE;
      } else if (LineKinds.isCreditOnly(p)) {
        kinds[i] = Kind.CREDIT;
      } else if (LineKinds.isEndMark(p)) {
        kinds[i] = Kind.END;
      } else if (LineKinds.isEditor(p)) {
        kinds[i] = Kind.EDITOR;
      } else if (LineKinds.isDatelineOnly(p)) {
        kinds[i] = Kind.DATELINE;
      } else if (LineKinds.isCredit(p)) {
        kinds[i] = Kind.CAPTION;
      } else {
        kinds[i] = Kind.BODY;
      }
    }
    // a paragraph followed by a credit-only line is a caption
    for (int i = 0; i + 1 < paras.size(); i++) {
      if (kinds[i + 1] == Kind.CREDIT && kinds[i] == Kind.BODY) kinds[i] = Kind.CAPTION;
    }
    int title = findTitle(paras, kinds);
    if (title >= 0) kinds[title] = Kind.TITLE;
    for (int i = 0; i < paras.size(); i++) {
      if (kinds[i] == Kind.BODY && LineKinds.isHeadingLike(paras.get(i).text())) kinds[i] = Kind.HEADING;
    }

    String subtitle = null;
    List<String> sections = new ArrayList<>();
    List<Caption> captions = new ArrayList<>();
    List<Region> regions = new ArrayList<>();
    Dateline dateline = null;
    MonthDay datelineDay = null;
    boolean firstBody = true;
    for (int i = 0; i < paras.size(); i++) {
      Para p = paras.get(i);
      switch (kinds[i]) {
        case TITLE -> regions.add(new Region(p.start(), p.end()));
        case SUBTITLE -> {
          if (subtitle == null) subtitle = p.text();
          regions.add(new Region(p.start(), p.end()));
        }
        case HEADING -> {
          sections.add(p.text());
          regions.add(new Region(p.start(), p.end()));
        }
        case CAPTION -> {
          Matcher m = LineKinds.CREDIT.matcher(p.text());
          int cut = p.text().length();
          String credit = null;
          String agency = null;
          if (m.find() && LineKinds.isCredit(p.text())) {
            cut = m.start();
            credit = emptyToNull(String.join("、", names(m.group(2))));
            agency = agency(m.group(1));
          } else if (i + 1 < paras.size() && kinds[i + 1] == Kind.CREDIT) {
            Matcher c = LineKinds.CREDIT.matcher(paras.get(i + 1).text());
            if (c.find()) {
              credit = emptyToNull(String.join("、", names(c.group(2))));
              agency = agency(c.group(1));
            }
          }
          String captionText = p.text().substring(0, cut).strip();
          captions.add(new Caption(captionText, credit, agency));
          regions.add(new Region(p.start(), p.start() + p.text().substring(0, cut).stripTrailing().length()));
        }
        case DATELINE -> {
          if (dateline == null) dateline = tailDateline(p.text().strip());
        }
        case BODY -> {
          int from = p.start();
          int to = p.end();
          String t = p.text();
          if (firstBody) {
            firstBody = false;
            Matcher m = LineKinds.DATELINE_HEAD.matcher(t);
            if (m.lookingAt() && dateline == null && !m.group(2).contains("记者")) {
              String dl = t.substring(0, m.end()).replaceFirst("[（(].*$", "");
              dateline = new Dateline(m.group(1), m.group(2), null, dl);
              datelineDay = monthDay(m.group(4), m.group(5));
              if (m.group(3) != null && datelineDay != null) {
                LocalDate full = date(m.group(3), m.group(4), m.group(5));
                if (full != null) dateline = new Dateline(m.group(1), m.group(2), full.toString(), dl);
                datelineDay = null;
              }
              if (m.group(6) != null) authors.addAll(names(m.group(6)));
              from += m.end();
            }
          }
          Matcher tail = LineKinds.DATELINE_TAIL.matcher(t);
          if (tail.find()) {
            if (dateline == null) dateline = tailDateline(tail.group());
            to = p.start() + t.substring(0, tail.start()).stripTrailing().length();
          }
          Matcher end = LineKinds.END_MARK.matcher(t);
          if (end.find()) to = Math.min(to, p.start() + t.substring(0, end.start()).stripTrailing().length());
          if (to > from) regions.add(new Region(from, to));
        }
        default -> { }
      }
    }
    String titleText = title >= 0 ? paras.get(title).text() : null;
    return new ArticleLayout(titleText, subtitle, authors, dateline, datelineDay, sections, captions, published, regions);
  }

  /** The line before a subtitle, else the first line if it reads as a title. */
  private static int findTitle(List<Para> paras, Kind[] kinds) {
    for (int i = 1; i < paras.size(); i++) {
      if (kinds[i] == Kind.SUBTITLE && kinds[i - 1] == Kind.BODY && !LineKinds.endsSentence(paras.get(i - 1).text())) {
        return i - 1;
      }
    }
    for (int i = 0; i < paras.size(); i++) {
      if (kinds[i] == Kind.HEADER || kinds[i] == Kind.META) continue;
      String t = paras.get(i).text();
      boolean titleLike = kinds[i] == Kind.BODY && !LineKinds.endsSentence(t) && LineKinds.width(t) <= 40
          && !LineKinds.DATELINE_HEAD.matcher(t).lookingAt();
      return titleLike ? i : -1;
    }
    return -1;
  }

  private static Dateline tailDateline(String s) {
    Matcher m = LineKinds.DATELINE_TAIL.matcher(s);
    if (!m.find()) return null;
    return new Dateline(m.group(1), m.group(2), null, m.group().strip());
  }

  private static String agency(String prefix) {
    if (prefix == null) return null;
    String a = prefix.replaceAll("(记者|发|特约记者|通讯员)$", "");
    return a.isEmpty() ? null : a;
  }

  /** Names separated by spaces; single characters padded apart (王  芳) are joined again. */
  static List<String> names(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) return out;
    String pending = null;
    for (String token : s.strip().split("[\\s、，,]+")) {
      if (token.isEmpty()) continue;
      if (token.codePointCount(0, token.length()) == 1) {
        if (pending == null) {
          pending = token;
        } else {
          out.add(pending + token);
          pending = null;
        }
      } else {
        if (pending != null) out.add(pending);
        pending = null;
        out.add(token);
      }
    }
    if (pending != null) out.add(pending);
    return out;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static MonthDay monthDay(String m, String d) {
    if (m == null || d == null) return null;
    try {
      return MonthDay.of(Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static List<Para> paragraphs(String text) {
    List<Para> out = new ArrayList<>();
    int pos = 0;
    while (pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      if (end < 0) end = text.length();
      if (end > pos) out.add(new Para(pos, end, text.substring(pos, end)));
      pos = end + 1;
    }
    return out;
  }
}
