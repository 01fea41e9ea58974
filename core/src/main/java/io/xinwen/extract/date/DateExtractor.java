package io.xinwen.extract.date;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.Extractor;
import io.xinwen.model.DateMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds absolute, partial, relative and vague dates and periods in normalized text and resolves
 * them against the reference date, leaning to the past as news does. Runs {@link DateRules} over
 * the text, keeps the leftmost-longest non-overlapping matches, then joins ranges (X至Y, the right
 * side borrowing the year or month it leaves out), {@code 以来}/{@code 至今} spans and a following
 * weekday ({@code 11月3日（星期一）}). Immutable and thread-safe.
 */
public final class DateExtractor implements Extractor<DateMention> {
  /** Rule ids of the joins done after the rules. */
  static final String RANGE = "date.range";
  static final String SINCE = "date.since";

  private static final Pattern CONNECTOR = Pattern.compile("起?" + DateRules.CONN);
  private static final Pattern BETWEEN = Pattern.compile("[与和]");

  private final List<DateRule> rules;
  private final boolean[] startChars;
  /** Per rule, the characters a match of it can start with (a subset of {@link #startChars}). */
  private final List<BitSet> ruleStarts;
  /** Per rule, the bit of its {@link DateRule#needs()} set in {@link #needMask}, or 0 (no prefilter). */
  private final int[] ruleNeeds;
  /** Per character, the bits of the needs sets holding it. */
  private final int[] needMask = new int[Character.MAX_VALUE + 1];

  public DateExtractor() {
    this(true);
  }

  /** {@code prefilter} false tries every rule at every candidate start (the reference the prefilter is tested against). */
  DateExtractor(boolean prefilter) {
    Map<String, String> holidays = loadHolidays();
    List<String> vague = loadLines("vague.txt");
    this.rules = DateRules.all(holidays, vague);
    Pattern start = DateRules.startChar(holidays, vague);
    this.startChars = new boolean[Character.MAX_VALUE + 1];
    for (char c = 0; c < Character.MAX_VALUE; c++) startChars[c] = start.matcher(String.valueOf(c)).matches();
    this.ruleStarts = new ArrayList<>(rules.size());
    for (DateRule rule : rules) ruleStarts.add(possibleStarts(rule.pattern(), startChars));
    this.ruleNeeds = new int[rules.size()];
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      String needs = rules.get(i).needs();
      if (!prefilter || needs == null) continue;
      ruleNeeds[i] = seen.computeIfAbsent(needs, k -> {
        if (seen.size() == Integer.SIZE) throw new IllegalStateException("more than 32 distinct needs sets");
        int bit = 1 << seen.size();
        for (char c : k.toCharArray()) needMask[c] |= bit;
        return bit;
      });
    }
  }

  /** The rule ids this extractor can emit, in order (joins last). */
  List<String> ruleIds() {
    List<String> ids = new ArrayList<>(rules.stream().map(DateRule::id).toList());
    ids.addAll(List.of(RANGE, SINCE));
    return ids;
  }

  @Override
  public List<DateMention> extract(ExtractionContext context) {
    String text = context.text();
    Anchor anchor = new Anchor(context.referenceDate());
    List<Hit> hits = selected(find(text, anchor));
    hits = joinRanges(text, hits);
    List<DateMention> out = new ArrayList<>(hits.size());
    int covered = 0;
    Hit previous = null;
    Hit previousDay = null;
    for (Hit h : hits) {
      if (h.start() < covered) continue; // swallowed by the previous date's weekday or 以来
      h = inContext(text, h, previous, previousDay);
      h = since(text, h, anchor);
      h = withWeekday(text, h);
      out.add(h.toMention(text));
      covered = h.end();
      previous = h;
      if (h.value() != null && h.value().grain() == Grain.DAY && h.value().first().equals(h.value().last())) previousDay = h;
    }
    return List.copyOf(out);
  }

  /** One matched date before it becomes a {@link DateMention}; value null = no value. */
  private record Hit(int start, int end, int order, DateRule.Shape shape, String rule, DateValue value, Grain bareGrain) {
    int length() {
      return end - start;
    }

    Hit extend(int newEnd, String newRule, DateValue newValue) {
      return new Hit(start, newEnd, order, shape, newRule, newValue, newValue == null ? bareGrain : null);
    }

    DateMention toMention(String text) {
      return new DateMention(text.substring(start, end), value == null ? null : value.iso(),
          value != null ? value.statedGrain().id() : bareGrain == null ? null : bareGrain.id(), start, end, rule);
    }
  }

  /**
   * Every rule's matches, tried only at positions whose character can start a date (one table
   * look-up per char instead of a regex attempt per char and rule); like {@link Matcher#find()},
   * a rule's next match starts after its previous one.
   */
  private List<Hit> find(String text, Anchor anchor) {
    int n = text.length();
    int[] candidates = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (startChars[text.charAt(i)]) candidates[count++] = i;
    }
    // nextMarked[p]: the first position at or after p holding a character some rule needs
    int[] nextMarked = new int[n + 1];
    nextMarked[n] = n;
    int present = 0;
    for (int p = n - 1; p >= 0; p--) {
      int mask = needMask[text.charAt(p)];
      present |= mask;
      nextMarked[p] = mask != 0 ? p : nextMarked[p + 1];
    }
    // reach[k]: the needs sets with a character within REACH of candidate k
    int[] reach = new int[count];
    for (int k = 0; k < count; k++) {
      int p = candidates[k];
      int end = Math.min(n, p + DateRule.REACH);
      for (int q = nextMarked[p]; q < end; q = nextMarked[q + 1]) reach[k] |= needMask[text.charAt(q)];
    }
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      DateRule rule = rules.get(i);
      int need = ruleNeeds[i];
      if (need != 0 && (present & need) == 0) continue; // none of the characters it needs is in the text
      Matcher m = null; // made at the first candidate: most rules have none in a given article
      DateRule.Match match = null;
      BitSet firsts = ruleStarts.get(i);
      int next = 0;
      for (int k = 0; k < count; k++) {
        int p = candidates[k];
        if (p < next || !firsts.get(text.charAt(p))) continue;
        if (need != 0 && (reach[k] & need) == 0) continue;
        if (m == null) {
          m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
          match = new DateRule.Match(m, rule.groups(), anchor);
        }
        m.region(p, n);
        if (!m.lookingAt() || m.end() == m.start()) continue;
        next = m.end();
        DateValue v;
        Grain grain = null;
        try {
          v = rule.resolver().apply(match);
          if (v == null) continue;
          if (v == DateRule.UNRESOLVED) v = null;
        } catch (Anchor.NoReference e) {
          // no reference date: no value, but the grain the date would have (今年 → year)
          grain = grainWithoutReference(rule, m);
          v = null;
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
          continue; // not a possible date (month 13, 2月30日): not a date at all
        }
        hits.add(new Hit(m.start(), m.end(), i, shapeOf(rule, match), rule.id(), v, grain));
      }
    }
    return hits;
  }

  /** Characters that may stand before a date; a rule's lookbehind is tried against each of them. */
  private static final String BEFORE = "\u0000 ，。从自于在至到和及的年月日第今去明前";

  /**
   * The characters a match of {@code pattern} can start with: those where, after one of the
   * {@link #BEFORE} characters, the one-char text matches or the matcher ran out of input (more
   * text could make it match).
   */
  private static BitSet possibleStarts(Pattern pattern, boolean[] candidates) {
    BitSet out = new BitSet();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (!candidates[c]) continue;
      for (int b = 0; b < BEFORE.length() && !out.get(c); b++) {
        String probe = (b == 0 ? "" : String.valueOf(BEFORE.charAt(b))) + c;
        Matcher m = pattern.matcher(probe).useTransparentBounds(true).useAnchoringBounds(false);
        m.region(probe.length() - 1, probe.length());
        if (m.lookingAt() || m.hitEnd()) out.set(c);
      }
    }
    return out;
  }

  /** The grain a relative date would have, found by resolving it against a stand-in reference. */
  private static Grain grainWithoutReference(DateRule rule, Matcher m) {
    try {
      DateValue v = rule.resolver().apply(new DateRule.Match(m, rule.groups(), STAND_IN));
      return v == null || v == DateRule.UNRESOLVED ? null : v.statedGrain();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static final Anchor STAND_IN = new Anchor(LocalDate.of(2000, 6, 15));

  /** A rule whose year is optional says NO_YEAR when the match leaves the year out. */
  private static DateRule.Shape shapeOf(DateRule rule, DateRule.Match match) {
    if (rule.shape() != DateRule.Shape.COMPLETE) return rule.shape();
    boolean monthed = rule.groups().contains("m") || rule.groups().contains("m1");
    boolean yeared = rule.groups().contains("yr") || rule.groups().contains("y");
    return monthed && yeared && !Parts.hasYear(match) && !match.has("mr") ? DateRule.Shape.NO_YEAR : DateRule.Shape.COMPLETE;
  }

  /** Leftmost first, then longest, then the earlier rule; no overlaps. */
  private static List<Hit> selected(List<Hit> hits) {
    hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::length).reversed())
        .thenComparingInt(Hit::order));
    List<Hit> out = new ArrayList<>();
    int covered = 0;
    for (Hit h : hits) {
      if (h.start() >= covered) {
        out.add(h);
        covered = h.end();
      }
    }
    return out;
  }

  /** Joins X至Y (and X与Y之间) into one span; the right side borrows the year/month it lacks. */
  private static List<Hit> joinRanges(String text, List<Hit> hits) {
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Hit left = hits.get(i);
      if (i + 1 < hits.size() && left.value() != null && hits.get(i + 1).value() != null) {
        Hit right = hits.get(i + 1);
        String gap = text.substring(left.end(), right.start());
        boolean between = BETWEEN.matcher(gap).matches()
            && (text.startsWith("间", right.end()) || text.startsWith("之间", right.end()));
        if (!gap.isEmpty() && (CONNECTOR.matcher(gap).matches() || between)) {
          DateValue r = borrow(left.value(), right);
          if (r != null && !r.last().isBefore(left.value().first())) {
            int end = right.end();
            if (between) end += text.startsWith("之间", end) ? 2 : 1;
            out.add(new Hit(left.start(), end, left.order(), left.shape(), RANGE, left.value().through(r), null));
            i++;
            continue;
          }
        }
      }
      out.add(left);
    }
    return out;
  }

  private static DateValue borrow(DateValue left, Hit right) {
    DateValue r = right.value();
    try {
      return switch (right.shape()) {
        case NO_YEAR -> {
          DateValue moved = r.plusYears(left.first().getYear() - r.first().getYear());
          yield moved.last().isBefore(left.first()) ? moved.plusYears(1) : moved;
        }
        case DAY_ONLY -> DateValue.day(left.first().withDayOfMonth(r.first().getDayOfMonth()));
        default -> r;
      };
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Narrative context: a month or day without a year right after a date with a written year at month
   * or day grain in the same paragraph takes that year (2024年7月至9月…；10月8日至10日 → 2024-10); 当天 and
   * 当日 are the day named last before them (corpus/README.md, Decisions).
   */
  private static Hit inContext(String text, Hit h, Hit previous, Hit previousDay) {
    if (h.rule().equals("date.day.relative") && previousDay != null
        && (text.startsWith("当天", h.start()) || text.startsWith("当日", h.start()))) {
      return h.extend(h.end(), h.rule(), previousDay.value());
    }
    if (h.shape() != DateRule.Shape.NO_YEAR || h.value() == null || previous == null || previous.value() == null) return h;
    DateValue p = previous.value();
    if (p.grain() == Grain.YEAR || text.substring(previous.end(), h.start()).indexOf('\n') >= 0) return h;
    if (!WRITTEN_YEAR.matcher(text.substring(previous.start(), previous.end())).find()) return h;
    DateValue moved = h.value().plusYears(p.last().getYear() - h.value().first().getYear());
    if (moved.first().isBefore(p.first())) moved = moved.plusYears(1);
    return h.extend(h.end(), h.rule(), moved);
  }

  private static final Pattern WRITTEN_YEAR = Pattern.compile("(?:\\d{2,4}|[〇零一二三四五六七八九]{2,4})\\s?年");

  /** X以来 and X至今: from the first day of X to the reference day (今年以来 → 2025-01-01/2025-09-05). */
  private static Hit since(String text, Hit h, Anchor anchor) {
    String word = text.startsWith("以来", h.end()) ? "以来" : text.startsWith("至今", h.end()) ? "至今" : null;
    if (word == null || h.rule().equals("date.vague") || h.rule().equals("date.years.offset")) return h;
    int end = h.end() + word.length();
    if (h.value() == null) return unresolvedSince(h, end);
    try {
      LocalDate ref = anchor.date();
      DateValue v = h.value();
      if (ref.isBefore(v.first())) return h;
      return h.extend(end, SINCE, DateValue.days(v.first(), ref));
    } catch (Anchor.NoReference e) {
      return unresolvedSince(h, end);
    }
  }

  private static Hit unresolvedSince(Hit h, int end) {
    return new Hit(h.start(), end, h.order(), h.shape(), SINCE, null, h.bareGrain() == null ? null : Grain.DAY);
  }

  /** A day followed by its weekday (11月3日（星期一）, 10月12号，星期一) keeps the weekday in its text. */
  private static Hit withWeekday(String text, Hit h) {
    if (h.value() == null || h.value().grain() != Grain.DAY || !h.value().first().equals(h.value().last())) return h;
    Matcher m = WEEKDAY_AFTER.matcher(text).region(h.end(), text.length());
    if (!m.lookingAt()) return h;
    return h.extend(m.end(), h.rule(), h.value());
  }

  private static final Pattern WEEKDAY_AFTER =
      Pattern.compile("(?:[，,]\\s?)?[（(]?(?:星期|礼拜|周)[一二三四五六日天][）)]?(?![至到])");

  private static Map<String, String> loadHolidays() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : loadLines("holidays.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2) throw new IllegalStateException("holidays.tsv: bad line " + line);
      out.put(cols[0], cols[1]);
    }
    return Map.copyOf(out);
  }

  private static List<String> loadLines(String name) {
    try (InputStream in = DateExtractor.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
      }
      out.sort(Comparator.comparingInt(String::length).reversed());
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
