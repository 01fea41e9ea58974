package io.xinwen.extract.quote;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.country.CountryExtractor;
import io.xinwen.extract.person.NameLexicon;
import io.xinwen.model.CountryMention;
import io.xinwen.model.Speaker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a speaker's structure from the words before the name: organisation or nationality, then
 * title (巴基斯坦工商联合会主席 → organisation 巴基斯坦工商联合会, title 主席). Titles joined by 兼
 * stay one title (副部长兼国际贸易谈判副代表). The country comes from the organisation text.
 * Immutable and thread-safe.
 */
final class SpeakerParser {
  /** Modifiers between an organisation and a title that belong to neither (国家统计局有关负责人). */
  private static final List<String> MODIFIERS = List.of("有关", "相关", "知名", "著名", "资深", "一位", "一名", "多位", "的");
  /** Words before a title that are no organisation (业内专家). */
  private static final List<String> NOT_ORGANISATIONS = List.of("业内", "当地", "不少", "许多", "多位", "一些", "有关", "相关", "该", "青年", "公司");

  private final NameLexicon lexicon;
  private final CountryExtractor countries = new CountryExtractor();
  private final List<String> domesticPrefixes = new ArrayList<>();
  private final List<String> domesticWords = new ArrayList<>();
  private final List<String> domesticExceptions = new ArrayList<>();
  private final List<String> qualifiers;

  SpeakerParser(NameLexicon lexicon) {
    this.lexicon = lexicon;
    this.qualifiers = lines("title-qualifiers.txt");
    for (String line : lines("domestic-organs.txt")) {
      if (line.startsWith("!")) domesticExceptions.add(line.substring(1));
      else if (line.endsWith("*")) domesticPrefixes.add(line.substring(0, line.length() - 1));
      else domesticWords.add(line);
    }
  }

  /** Organisation and title from {@code prefix} (the words before a name), with the title after the name if any. */
  Speaker parse(String name, String prefix, String titleAfterName) {
    String p = prefix.strip();
    // several roles (国际问题专家、……组织创始董事): keep the last; a 、 inside a name stays
    for (int sep = p.lastIndexOf('、'); sep > 0; sep = p.lastIndexOf('、', sep - 1)) {
      if (lexicon.titleEndingAt(p, 0, sep) != null) {
        p = p.substring(sep + 1);
        break;
      }
    }
    String title = null;
    String org = p;
    String t = lexicon.titleEndingAt(p, 0, p.length());
    if (t != null) {
      int titleStart = p.length() - t.length();
      // titles joined by 兼: 副部长兼国际贸易谈判副代表
      int jian = p.lastIndexOf('兼', titleStart);
      if (jian > 0) {
        String before = lexicon.titleEndingAt(p, 0, jian);
        if (before != null) titleStart = jian - before.length();
      }
      titleStart = withQualifiers(p, titleStart);
      title = p.substring(titleStart);
      org = p.substring(0, titleStart);
    } else if (titleAfterName != null) {
      title = titleAfterName;
    }
    org = cleanOrganisation(org);
    String country = countryOf(org);
    // a nationality alone is no organisation (埃塞俄比亚驻华大使, 哈萨克斯坦货车司机)
    if (org != null && lexicon.isCountryName(org)) org = null;
    return new Speaker(name, title, org, country);
  }

  /** Moves the title start left over qualifiers that belong to the title (第一副部长, 项目经理, 大中华区首席代表). */
  private int withQualifiers(String p, int titleStart) {
    // 驻阿联酋大使, 驻华大使: the posting belongs to the title
    int zhu = p.lastIndexOf('驻', titleStart - 1);
    if (zhu >= 0) {
      String posting = p.substring(zhu + 1, titleStart);
      if (posting.equals("华") || lexicon.isCountryName(posting)) titleStart = zhu;
    }
    boolean moved = true;
    while (moved) {
      moved = false;
      for (String q : qualifiers) {
        if (titleStart >= q.length() && p.startsWith(q, titleStart - q.length())) {
          titleStart -= q.length();
          moved = true;
          break;
        }
      }
    }
    return titleStart;
  }

  private static String cleanOrganisation(String org) {
    String o = org.strip();
    boolean changed = true;
    while (changed && !o.isEmpty()) {
      changed = false;
      for (String m : MODIFIERS) {
        if (o.endsWith(m)) {
          o = o.substring(0, o.length() - m.length());
          changed = true;
        }
      }
    }
    if (o.startsWith("《") && o.endsWith("》")) o = o.substring(1, o.length() - 1);
    // a posting after the organisation is no part of it (丰禾农业公司驻卡拉奇负责人)
    int zhu = o.lastIndexOf('驻');
    if (zhu > 0 && o.length() - zhu <= 5 && "馆处团部局会司所组".indexOf(o.charAt(o.length() - 1)) < 0) o = o.substring(0, zhu);
    // the speaker was the object of a meeting (王毅外长会见了哈萨克斯坦外长……): keep what follows
    for (String verb : List.of("会见了", "会晤了", "接见了", "会见", "会晤", "接见", "了")) {
      int v = o.lastIndexOf(verb);
      if (v >= 0) {
        o = o.substring(v + verb.length());
        break;
      }
    }
    // a description before the name ends at its 的 (承建吉方路段的中铁二十局)
    int de = o.lastIndexOf('的');
    if (de >= 0 && de + 1 < o.length()) o = o.substring(de + 1);
    if (o.isEmpty() || NOT_ORGANISATIONS.contains(o)) return null;
    return o;
  }

  /** The ISO code of the organisation's (or nationality's) country, or null. */
  String countryOf(String org) {
    if (org == null) return null;
    List<CountryMention> found = countries.extract(ExtractionContext.of(org, null));
    if (!found.isEmpty()) return found.get(0).code();
    for (String d : domesticExceptions) {
      if (org.contains(d)) return null;
    }
    for (String d : domesticPrefixes) {
      if (org.startsWith(d)) return "CN";
    }
    for (String d : domesticWords) {
      if (org.contains(d)) return "CN";
    }
    return null;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = SpeakerParser.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> resourceLines(String resource) {
    return lines(resource);
  }
}
