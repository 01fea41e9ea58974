package io.xinwen.extract.quote;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.Extractor;
import io.xinwen.extract.person.NameLexicon;
import io.xinwen.extract.person.PersonExtractor;
import io.xinwen.model.PersonMention;
import io.xinwen.model.Quote;
import io.xinwen.model.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds direct and indirect quotes with their speakers: pairs quotation marks first, keeps a
 * quoted span only where an attribution (speech verb after it, colon before it, speech noun)
 * makes it speech, then reads reported speech after speech verbs, and resolves pronouns and
 * {@code 该负责人} to earlier speakers. Patterns are the {@link QuoteRule}s. Immutable and
 * thread-safe.
 *
 * <p>A quote's {@code start}/{@code end} run from its first word to its last. Where the words
 * come in pieces (a split quote, a quote over paragraphs, a line break left inside the marks) its
 * {@code text} is the pieces joined with nothing between them, so it is then shorter than
 * {@code text.substring(start, end)}.
 */
public final class QuoteExtractor implements Extractor<Quote> {
  private static final String CLAUSE_BREAKS = "，。！？；：\n“”,;:!?";
  private static final String SUBJECT_BREAKS = "，。！？；：\n,;:!?）) 　";
  private static final String SENTENCE_ENDS = "。！？!?";
  /** Sentence openings that end a running indirect quote (the reporter speaks again). */
  private static final List<String> SPEECH_STOPS = List.of("据", "记者", "数据显示", "统计显示", "资料显示", "此外", "另外", "与此同时", "另据");
  /** Words opening a clause before its subject (同时他表示，……). */
  private static final List<String> CONNECTIVES = List.of("同时", "此外", "另外", "而", "但", "并且", "对此", "随后", "最后", "当时", "其中");
  /** Characters before 称 that make it part of another word (简称, 名称, 堪称 …). */
  private static final String NOT_SPEECH_BEFORE_CHENG = "简名号堪俗统总通并人又也可";
  /** Words that end the subject of an unnamed speaker (国家统计局有关负责人日前在……表示). */
  private static final List<String> ADVERBIALS = List.of("在", "日前", "近日", "今天", "当天", "接受", "对记者", "向记者", "对此", "于", "还", "也", "则", "进一步", "同时", "一再", "多次", "昨天", "发布", "发表", "通过", "普遍", "一致", "纷纷");

  private final NameLexicon lexicon;
  private final PersonExtractor persons;
  private final SpeakerParser speakers;
  private final List<String> speechNouns;
  private final List<String> termMarkers;
  private final List<String> organisationSuffixes;

  public QuoteExtractor() {
    this.lexicon = NameLexicon.defaults();
    this.persons = new PersonExtractor(lexicon);
    this.speakers = new SpeakerParser(lexicon);
    this.speechNouns = SpeakerParser.resourceLines("speech-nouns.txt");
    this.termMarkers = SpeakerParser.resourceLines("term-markers.txt");
    this.organisationSuffixes = SpeakerParser.resourceLines("organisation-suffixes.txt");
  }

  /** Who the words before a speech verb name: a person, a pronoun, 该+title, or an unnamed titled speaker. */
  private sealed interface Subject permits Named, Pronoun, Demonstrative {}

  private record Named(Speaker speaker) implements Subject {}

  private record Pronoun(boolean female) implements Subject {}

  private record Demonstrative(String title) implements Subject {}

  /** A quote before speaker resolution; {@code attribution} orders the speakers as a reader meets them. */
  private static final class Candidate {
    QuoteRule rule;
    final List<int[]> pieces = new ArrayList<>();
    Subject subject;
    int attribution;

    int start() {
      return pieces.get(0)[0];
    }

    int end() {
      return pieces.get(pieces.size() - 1)[1];
    }
  }

  @Override
  public List<Quote> extract(ExtractionContext context) {
    return extract(context, persons.extract(context));
  }

  /** Finds quotes given the person mentions already found in the same text (so persons run once). */
  public List<Quote> extract(ExtractionContext context, List<PersonMention> people) {
    String text = context.text();
    List<QuoteMarks.Marked> marks = QuoteMarks.pair(text);
    List<Candidate> found = new ArrayList<>();
    List<Integer> attributionVerbs = new ArrayList<>();
    direct(text, marks, people, found, attributionVerbs);
    indirect(text, marks, people, found, attributionVerbs);
    found.sort(Comparator.comparingInt((Candidate c) -> c.attribution));
    List<Quote> out = new ArrayList<>();
    List<Speaker> history = new ArrayList<>();
    List<Integer> historyAt = new ArrayList<>();
    int[][] quoted = quotedSpans(found);
    Map<String, PersonMention> firstNamed = new HashMap<>();
    for (PersonMention m : people) firstNamed.putIfAbsent(m.name(), m);
    Map<String, Speaker> lastByName = new HashMap<>();
    for (Candidate c : found) {
      Speaker speaker;
      if (c.subject instanceof Pronoun pronoun) {
        int last = lastNamed(history, pronoun.female());
        speaker = last < 0 ? null : history.get(last);
        PersonMention recent = lastPersonOutsideQuotes(people, quoted, c.attribution, pronoun.female());
        if (recent != null && (last < 0 || recent.start() > historyAt.get(last))
            && (speaker == null || !speaker.name().equals(recent.name()))) {
          speaker = speakerAt(text, recent);
        }
      } else {
        speaker = resolve(c.subject, history);
      }
      speaker = knownAs(speaker, lastByName, firstNamed, text);
      if (speaker != null && (speaker.name() != null || speaker.title() != null)) {
        history.add(speaker);
        historyAt.add(c.attribution);
        if (speaker.name() != null) lastByName.put(speaker.name(), speaker);
      }
      StringBuilder words = new StringBuilder();
      for (int[] p : c.pieces) words.append(text, p[0], p[1]);
      out.add(new Quote(c.rule.kind(), words.toString(), speaker, c.start(), c.end(), c.rule.id()));
    }
    out.sort(Comparator.comparingInt(Quote::start));
    return List.copyOf(out);
  }

  // ---- direct quotes -------------------------------------------------------------------------

  private void direct(String text, List<QuoteMarks.Marked> marks, List<PersonMention> people,
      List<Candidate> found, List<Integer> attributionVerbs) {
    for (int i = 0; i < marks.size(); i++) {
      QuoteMarks.Marked m = marks.get(i);
      if (termMarkerBefore(text, m.open())) continue;
      Candidate c = attributedAfter(text, m, people, attributionVerbs);
      if (c == null) c = attributedBefore(text, m, people, attributionVerbs);
      if (c == null) continue;
      c.pieces.addAll(m.pieces());
      if (c.rule == QuoteRule.SPLIT && i + 1 < marks.size()) {
        c.pieces.addAll(marks.get(i + 1).pieces());
        i++;
      }
      found.add(c);
    }
  }

  private boolean termMarkerBefore(String text, int open) {
    for (String t : termMarkers) {
      if (text.startsWith(t, open - t.length())) return true;
    }
    return false;
  }

  /** {@code “……”某某说。}, {@code “……，”他说，“……”} and {@code “……”某某……的讲话}. */
  private Candidate attributedAfter(String text, QuoteMarks.Marked m, List<PersonMention> people, List<Integer> verbs) {
    int p = m.close() + 1;
    if (p < text.length() && (text.charAt(p) == '，' || text.charAt(p) == ',')) p++;
    int term = p;
    while (term < text.length() && CLAUSE_BREAKS.indexOf(text.charAt(term)) < 0) {
      term = skipQuotedTerm(text, term + 1);
    }
    if (term - p > 60 || term == p) return null;
    int v = verbEndingAt(text, p, term);
    if (v >= 0) {
      if (!endsAttribution(text, term) || !looksLikeSpeech(text, m)) return null;
      Subject s = subject(text, p, v, people);
      if (s == null) return null;
      verbs.add(v);
      Candidate c = new Candidate();
      boolean split = term + 1 < text.length() && text.charAt(term) == '，' && text.charAt(term + 1) == '“';
      c.rule = split ? QuoteRule.SPLIT : s instanceof Pronoun ? QuoteRule.DIRECT_PRONOUN : QuoteRule.SPEAKER_AFTER;
      c.subject = s;
      c.attribution = p;
      return c;
    }
    int sentenceEnd = p;
    while (sentenceEnd < text.length() && SENTENCE_ENDS.indexOf(text.charAt(sentenceEnd)) < 0 && text.charAt(sentenceEnd) != '\n') sentenceEnd++;
    for (int n = p; n < sentenceEnd; n++) {
      for (String noun : speechNouns) {
        if (!text.startsWith(noun, n)) continue;
        Subject s = subject(text, p, n, people);
        if (s instanceof Named named && named.speaker().name() != null) {
          Candidate c = new Candidate();
          c.rule = QuoteRule.SPEECH_NOUN;
          c.subject = s;
          c.attribution = p;
          return c;
        }
      }
    }
    return null;
  }

  /** {@code 某某说：“……”} (or {@code 某某表示，“……。”} when the quote closes the sentence). */
  private Candidate attributedBefore(String text, QuoteMarks.Marked m, List<PersonMention> people, List<Integer> verbs) {
    int q = m.open() - 1;
    if (q >= 1 && text.charAt(q) == '\n') q--;
    if (q < 1) return null;
    char c = text.charAt(q);
    boolean colon = c == '：' || c == ':';
    if (!colon && c != '，' && c != ',') return null;
    int cs = clauseStart(text, q);
    int v = verbEndingAt(text, cs, q);
    if (v < 0) return null;
    if (!colon && !closesSentence(text, m)) return null;
    Subject s = subject(text, cs, v, people);
    if (s == null) return null;
    verbs.add(v);
    Candidate cand = new Candidate();
    cand.rule = s instanceof Pronoun ? QuoteRule.DIRECT_PRONOUN : QuoteRule.COLON;
    cand.subject = s;
    cand.attribution = cs;
    return cand;
  }

  /** Past a short quoted term opening at {@code i} (塔吉克斯坦“霍瓦尔”国家通讯社), else {@code i} itself. */
  private static int skipQuotedTerm(String text, int i) {
    if (i >= text.length() || text.charAt(i) != '“') return i;
    for (int k = i + 1; k < text.length() && k - i <= 12; k++) {
      char c = text.charAt(k);
      if (c == '”') return k + 1;
      if (CLAUSE_BREAKS.indexOf(c) >= 0) return i;
    }
    return i;
  }

  /** The attribution after a quote ends its sentence, or opens the second part of a split quote. */
  private static boolean endsAttribution(String text, int term) {
    if (term >= text.length()) return true;
    char t = text.charAt(term);
    if (SENTENCE_ENDS.indexOf(t) >= 0 || t == '\n' || t == '；') return true;
    return term + 1 < text.length() && (t == '，' || t == '：') && text.charAt(term + 1) == '“';
  }

  /** Speech ends with punctuation inside its marks or is followed by a comma; a term runs on into a noun. */
  private static boolean looksLikeSpeech(String text, QuoteMarks.Marked m) {
    char last = text.charAt(m.close() - 1);
    if ("。！？，…；!?,".indexOf(last) >= 0) return true;
    int after = m.close() + 1;
    return after < text.length() && (text.charAt(after) == '，' || text.charAt(after) == ',');
  }

  private static boolean closesSentence(String text, QuoteMarks.Marked m) {
    char last = text.charAt(m.close() - 1);
    if (SENTENCE_ENDS.indexOf(last) >= 0 || last == '…') return true;
    int after = m.close() + 1;
    return after >= text.length() || SENTENCE_ENDS.indexOf(text.charAt(after)) >= 0 || text.charAt(after) == '\n';
  }

  /** Start of the longest speech verb ending exactly at {@code end} (and starting at or after {@code from}), or -1. */
  private int verbEndingAt(String text, int from, int end) {
    String verb = lexicon.speechVerbEndingAt(text, from, end);
    if (verb == null) return -1;
    int v = end - verb.length();
    if (verb.equals("称") && v > 0 && NOT_SPEECH_BEFORE_CHENG.indexOf(text.charAt(v - 1)) >= 0) return -1;
    return v;
  }

  // ---- indirect quotes -----------------------------------------------------------------------

  private void indirect(String text, List<QuoteMarks.Marked> marks, List<PersonMention> people,
      List<Candidate> found, List<Integer> attributionVerbs) {
    List<Candidate> indirect = new ArrayList<>();
    for (int v = 0; v < text.length(); v++) {
      String verb = lexicon.speechVerbAt(text, v);
      if (verb == null) continue;
      int after = v + verb.length();
      if (after + 1 >= text.length()) continue;
      char c = text.charAt(after);
      if (c != '，' && c != '：' && c != ',' && c != ':') continue;
      if (text.charAt(after + 1) == '\n') continue;
      if (verb.equals("称") && v > 0 && NOT_SPEECH_BEFORE_CHENG.indexOf(text.charAt(v - 1)) >= 0) continue;
      if (attributionVerbs.contains(v) || insideMarks(marks, v)) continue;
      int cs = clauseStart(text, v);
      boolean according = text.charAt(cs) == '据';
      Subject s = subject(text, according ? cs + 1 : cs, v, people);
      if (s == null) continue;
      Candidate cand = new Candidate();
      cand.rule = according ? QuoteRule.ACCORDING_TO : s instanceof Pronoun ? QuoteRule.INDIRECT_PRONOUN : QuoteRule.INDIRECT;
      cand.subject = s;
      cand.attribution = cs;
      cand.pieces.add(new int[] {after + 1, sentenceEnd(text, after + 1, marks)});
      indirect.add(cand);
      v = after;
    }
    List<Candidate> all = new ArrayList<>(found);
    all.addAll(indirect);
    for (Candidate cand : indirect) {
      int end = cand.end();
      while (end < text.length() && text.charAt(end) != '\n') {
        int next = sentenceEnd(text, end, marks);
        if (startsNewSpeech(text, end, next, all, marks) || next <= end) break;
        end = next;
      }
      int[] piece = cand.pieces.get(0);
      cand.pieces.set(0, new int[] {piece[0], end});
    }
    found.addAll(indirect);
  }

  private static boolean insideMarks(List<QuoteMarks.Marked> marks, int i) {
    for (QuoteMarks.Marked m : marks) {
      if (m.contains(i)) return true;
    }
    return false;
  }

  /** Whether the sentence [from, to) starts with a stop word or holds another quote or attribution. */
  private static boolean startsNewSpeech(String text, int from, int to, List<Candidate> all, List<QuoteMarks.Marked> marks) {
    for (String stop : SPEECH_STOPS) {
      if (text.startsWith(stop, from)) return true;
    }
    for (Candidate c : all) {
      if (c.attribution >= from && c.attribution < to) return true;
      if (c.start() >= from && c.start() < to) return true;
    }
    return false;
  }

  /** End of the sentence from {@code from}: after its 。！？ (outside quotation marks), or the paragraph end. */
  private static int sentenceEnd(String text, int from, List<QuoteMarks.Marked> marks) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') return i;
      if (SENTENCE_ENDS.indexOf(c) >= 0 && !insideMarks(marks, i)) {
        return i + 1;
      }
    }
    return text.length();
  }

  /** Start of the clause holding {@code i}: just after the nearest clause break before it (quoted terms do not break it). */
  private static int clauseStart(String text, int i) {
    int k = i - 1;
    while (k >= 0 && SUBJECT_BREAKS.indexOf(text.charAt(k)) < 0 && !closesQuotedSentence(text, k)) k--;
    return k + 1;
  }

  // ---- speakers ------------------------------------------------------------------------------

  /** A ” right after sentence punctuation ends a quoted sentence (…进洞。”他表示，). */
  private static boolean closesQuotedSentence(String text, int k) {
    return text.charAt(k) == '”' && k > 0 && SENTENCE_ENDS.indexOf(text.charAt(k - 1)) >= 0;
  }

  /** Reads the subject in [from, to): a person named there, 他/她, 该+title, or an unnamed titled speaker. */
  private Subject subject(String text, int from, int to, List<PersonMention> people) {
    for (String c : CONNECTIVES) {
      if (text.startsWith(c, from) && from + c.length() < to) from += c.length();
    }
    if (to <= from) return null;
    for (PersonMention m : people) {
      if (m.start() >= from && m.end() <= to) {
        String prefix = text.substring(from, m.start());
        if (prefix.length() > 40) return null;
        String titleAfter = lexicon.titleAt(text, m.end());
        return new Named(speakers.parse(m.name(), prefix, titleAfter));
      }
    }
    char first = text.charAt(from);
    if ((first == '他' || first == '她') && (from + 1 >= text.length() || text.charAt(from + 1) != '们')) return new Pronoun(first == '她');
    if (first == '该') {
      String title = lexicon.titleAt(text, from + 1);
      if (title != null) return new Demonstrative(title);
    }
    int cut = to;
    for (int k = from + 2; k < cut; k++) {
      if (Character.isDigit(text.charAt(k))) cut = k;
    }
    for (String adverbial : ADVERBIALS) {
      for (int a = from + 2; a + adverbial.length() <= cut; a++) {
        if (text.startsWith(adverbial, a)) {
          cut = a;
          break;
        }
      }
    }
    String title = lexicon.titleEndingAt(text, from, cut);
    if (cut - from > 30) return null;
    if (title == null) {
      String org = text.substring(from, cut);
      boolean organisation = organisationSuffixes.stream().anyMatch(org::endsWith) && org.length() > 2;
      return organisation ? new Named(new Speaker(null, null, org, speakers.countryOf(org))) : null;
    }
    Speaker unnamed = speakers.parse(null, text.substring(from, cut), null);
    return new Named(unnamed);
  }

  /** How far back a pronoun or 该+title looks for its speaker (speakers and person mentions). */
  private static final int LOOK_BACK = 200;

  /** The words of every quote as sorted, merged [start, end) spans. */
  private static int[][] quotedSpans(List<Candidate> quotes) {
    List<int[]> pieces = new ArrayList<>();
    for (Candidate q : quotes) pieces.addAll(q.pieces);
    pieces.sort(Comparator.comparingInt(p -> p[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] p : pieces) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
      else merged.add(new int[] {p[0], p[1]});
    }
    return merged.toArray(new int[0][]);
  }

  private static boolean inside(int[][] spans, int offset) {
    int lo = 0;
    int hi = spans.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (offset < spans[mid][0]) hi = mid - 1;
      else if (offset >= spans[mid][1]) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** The last person named before {@code position} outside every quote's words, of a gender the pronoun fits, or null. */
  private static PersonMention lastPersonOutsideQuotes(List<PersonMention> people, int[][] quoted, int position, boolean female) {
    int lo = 0;
    int hi = people.size(); // first mention ending after position
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (people.get(mid).end() > position) hi = mid;
      else lo = mid + 1;
    }
    for (int i = lo - 1; i >= 0 && i >= lo - LOOK_BACK; i--) {
      PersonMention m = people.get(i);
      if (!inside(quoted, m.start()) && Gender.compatible(m.name(), female)) return m;
    }
    return null;
  }

  /** The speaker a person mention names, with the organisation and title in the words before it. */
  private Speaker speakerAt(String text, PersonMention m) {
    String prefix = text.substring(clauseStart(text, m.start()), m.start());
    if (prefix.length() > 40) prefix = "";
    return speakers.parse(m.name(), prefix, lexicon.titleAt(text, m.end()));
  }

  /** A name said again without title or organisation (陈立群介绍，……) is the speaker met earlier under that name. */
  private Speaker knownAs(Speaker speaker, Map<String, Speaker> lastByName, Map<String, PersonMention> firstNamed, String text) {
    if (speaker == null || speaker.name() == null || speaker.title() != null || speaker.organization() != null) return speaker;
    Speaker known = lastByName.get(speaker.name());
    if (known != null) return known;
    // never quoted before: read title and organisation where the person was first named
    PersonMention m = firstNamed.get(speaker.name());
    if (m == null) return speaker;
    Speaker first = speakerAt(text, m);
    return first.title() != null || first.organization() != null ? first : speaker;
  }

  /** Index of the last named speaker a pronoun of that gender may refer to, or -1. */
  private static int lastNamed(List<Speaker> history, boolean female) {
    for (int i = history.size() - 1; i >= 0 && i >= history.size() - LOOK_BACK; i--) {
      String name = history.get(i).name();
      if (name != null && Gender.compatible(name, female)) return i;
    }
    return -1;
  }

  /** A named subject is its speaker; 该+title takes the last speaker with that title. */
  private static Speaker resolve(Subject subject, List<Speaker> history) {
    if (subject instanceof Named named) return named.speaker();
    String title = ((Demonstrative) subject).title();
    for (int i = history.size() - 1; i >= 0 && i >= history.size() - LOOK_BACK; i--) {
      Speaker s = history.get(i);
      if (s.title() != null && s.title().endsWith(title)) return s;
    }
    return new Speaker(null, title, null, null);
  }
}
