package io.xinwen.text;

import java.util.Arrays;

/**
 * Repairs lines printed twice by fake-bold PDF fonts, run by run: {@code 携手开放合作携手开放合作}
 * → {@code 携手开放合作}, {@code 20242024年年77月月2626日} → {@code 2024年7月26日}. A line is repaired
 * only when almost all of it parses as doubled runs, so genuine repetition (谢谢, 高高兴兴, 2020年,
 * 1111) in ordinary lines is never touched. Among the parses of a doubled line the one with the
 * fewest undoubled characters and then the most runs wins (so {@code 谢谢谢谢} → {@code 谢谢}).
 */
final class DoubledGlyphRepair implements TextStep {
  /** Lines longer than this are ordinary paragraphs, never doubled lines (keeps the step linear). */
  static final int MAX_LINE = 800;

  private static final int MIN_CHARS = 6;
  private static final double MIN_COVERAGE = 0.85;

  @Override
  public NormalizedText apply(String text) {
    Edit e = null;
    int lineStart = 0;
    int n = text.length();
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = n;
      int[] plan = lineEnd - lineStart <= MAX_LINE ? plan(text, lineStart, lineEnd) : null;
      if (plan != null) {
        if (e == null) {
          e = new Edit(text);
          e.copy(0, lineStart);
        }
        emit(e, text, lineStart, lineEnd, plan);
      } else if (e != null) {
        e.copy(lineStart, lineEnd);
      }
      if (lineEnd < n && e != null) e.put('\n', lineEnd);
      lineStart = lineEnd + 1;
    }
    return e == null ? new NormalizedText(text, OffsetMap.identity()) : e.result();
  }

  /**
   * For a doubled line, the run length starting at each position of the chosen parse (0 = a single
   * undoubled char, L = a run of L chars followed by its copy); null when the line is not doubled.
   */
  static int[] plan(String s, int from, int to) {
    int len = to - from;
    int nonSpace = 0;
    for (int i = from; i < to; i++) if (!Character.isWhitespace(s.charAt(i))) nonSpace++;
    if (nonSpace < MIN_CHARS || !mostCharsRepeat(s, from, to, nonSpace)) return null;
    // best[i]: cost of parsing s[from+i, to) = singles * BIG - runs
    final long big = 1L << 20;
    long[] best = new long[len + 1];
    int[] choice = new int[len + 1];
    for (int i = len - 1; i >= 0; i--) {
      char c = s.charAt(from + i);
      long single = best[i + 1] + (Character.isWhitespace(c) ? 0 : big);
      best[i] = single;
      choice[i] = 0;
      for (int l = 1; 2 * l <= len - i; l++) {
        if (s.charAt(from + i + l) != c) continue;
        if (!s.regionMatches(from + i, s, from + i + l, l)) continue;
        long cost = best[i + 2 * l] - 1;
        if (cost < best[i]) {
          best[i] = cost;
          choice[i] = l;
        }
      }
    }
    long singles = (best[0] + big - 1) / big;
    int runs = 0;
    int doubledChars = 0;
    for (int i = 0; i < len; ) {
      if (choice[i] == 0) {
        i++;
      } else {
        runs++;
        doubledChars += 2 * choice[i];
        i += 2 * choice[i];
      }
    }
    if (runs < 2 || singles > nonSpace * (1 - MIN_COVERAGE) || doubledChars < nonSpace * MIN_COVERAGE) return null;
    return choice;
  }

  /**
   * Cheap necessary condition: in a doubled line nearly every char occurs at least twice. Counted
   * first in 1,024 hashed buckets (a collision can only add repeats, so a line failing here fails
   * the exact count too; ordinary lines stop here), then exactly.
   */
  private static boolean mostCharsRepeat(String s, int from, int to, int nonSpace) {
    short[] buckets = new short[1024];
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && buckets[c & 1023] < Short.MAX_VALUE) buckets[c & 1023]++;
    }
    int upper = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && buckets[c & 1023] >= 2) upper++;
    }
    if (upper < nonSpace * MIN_COVERAGE) return false;
    char[] sorted = new char[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) sorted[n++] = c;
    }
    Arrays.sort(sorted, 0, n);
    int repeated = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && sorted[j] == sorted[i]) j++;
      if (j - i >= 2) repeated += j - i;
      i = j;
    }
    return repeated >= nonSpace * MIN_COVERAGE;
  }

  private static void emit(Edit e, String s, int from, int to, int[] plan) {
    for (int i = 0; i < to - from; ) {
      int l = plan[i];
      if (l == 0) {
        e.put(s.charAt(from + i), from + i);
        i++;
      } else {
        e.copy(from + i, from + i + l);
        i += 2 * l;
      }
    }
  }
}
