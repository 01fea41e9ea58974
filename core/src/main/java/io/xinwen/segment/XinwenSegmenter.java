package io.xinwen.segment;

import io.xinwen.extract.country.CountryGazetteer;
import io.xinwen.segment.hanlp.HanLpSegmenter;
import io.xinwen.text.SentenceBoundaries;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * xinwen's segmenter: a fast pre-pass finds protected spans (whitespace, numbers with scale and
 * unit, transliterated names, countries and organisations) with an ordered list of
 * {@link SpanRule}s, and only the gaps between them go to the statistical segmenter.
 *
 * <p>The input is cut into sentences first ({@link SentenceBoundaries}), each segmented on its own,
 * so a sentence has the same tokens alone as in its article. Within a sentence, at each position the
 * first rule in {@link #rules()} that matches wins; tokens cover the input exactly. The base
 * segmenter runs once over the whole sentence, so every gap is segmented in its full sentence
 * context (HanLP's Viterbi path near a cut sentence end differs: 价格同比上涨 alone
 * gives 同/比/上/涨); its tokens are kept for each gap they tile exactly. Where a base token
 * straddles a span edge, that gap alone is segmented again with the following span as right
 * context. One base call per sentence instead of one per gap keeps us at HanLP's own speed.
 * Immutable and thread-safe when its base segmenter is.
 */
public final class XinwenSegmenter implements Segmenter {
  private final Segmenter base;
  private final List<SpanRule> rules;
  private final SpanRule[] ruleArray;
  private final BitSet starters = new BitSet(65536);

  public XinwenSegmenter(Segmenter base, List<SpanRule> rules) {
    this.base = Objects.requireNonNull(base, "base");
    this.rules = List.copyOf(rules);
    this.ruleArray = this.rules.toArray(new SpanRule[0]);
    for (int c = 0; c < 65536; c++) {
      for (SpanRule r : ruleArray) {
        if (r.mayStartWith((char) c)) {
          starters.set(c);
          break;
        }
      }
    }
  }

  /** The shared default instance over HanLP (its dictionaries load once, on first use). */
  public static XinwenSegmenter defaults() {
    return Holder.DEFAULT;
  }

  /**
   * A new default segmenter: HanLP for the gaps; as places the CLDR names of all ISO codes plus the
   * country gazetteer's names, aliases and capitals; its abbreviations + 方 (哈方); the bundled data files.
   */
  public static XinwenSegmenter create() {
    CountryGazetteer countries = CountryGazetteer.defaults();
    return create(List.of(new LocaleCountryNames(), new CountryGazetteerNames(countries)), new CountrySideNames(countries));
  }

  /** A default segmenter whose protected place names come from {@code places} and "X side" words (哈方) from {@code sides}. */
  public static XinwenSegmenter create(List<NameSource> places, NameSource sides) {
    HanLpSegmenter hanlp = new HanLpSegmenter();
    Gazetteer.Builder builder = Gazetteer.builder();
    builder.add(sides, Pos.ABBREVIATION);
    for (NameSource p : places) builder.add(p, Pos.PLACE);
    Gazetteer names = builder
        .add(ResourceNames.organisations(), Pos.ORGANIZATION)
        .build();
    Gazetteer units = Gazetteer.builder().add(new ResourceNames("units.txt"), Pos.NUMBER_WITH_UNIT).build();
    CharSet transliteration = CharSet.of(new ResourceNames("transliteration-chars.txt"));
    return new XinwenSegmenter(hanlp, List.of(
        new WhitespaceRule(),
        new NumberRule(units),
        new TransliteratedNameRule(transliteration, hanlp),
        new GazetteerRule(names, hanlp)));
  }

  /** The protected-span rules, in the order they are tried. */
  public List<SpanRule> rules() {
    return rules;
  }

  @Override
  public List<Token> segment(CharSequence text) {
    List<Token> out = new ArrayList<>(text.length() / 2 + 4);
    segment(text, 0, text.length(), out);
    return out;
  }

  /**
   * Cuts {@code [from, to)} into sentences ({@link SentenceBoundaries}) and segments each one on its
   * own, so a sentence gets the same tokens alone as inside its article (the index relies on it);
   * whitespace between sentences is one token.
   */
  @Override
  public void segment(CharSequence text, int from, int to, List<Token> out) {
    int[] bounds = SentenceBoundaries.of(text, from, to);
    int done = from;
    for (int i = 0; i + 1 < bounds.length; i++) {
      int start = Math.max(bounds[i], done);
      int end = bounds[i + 1];
      while (start < end && WhitespaceRule.isSpace(text.charAt(start))) start++;
      if (start == end) continue; // only whitespace: part of the next run
      while (WhitespaceRule.isSpace(text.charAt(end - 1))) end--;
      if (done < start) out.add(space(text, done, start));
      sentence(text, start, end, out);
      done = end;
    }
    if (done < to) out.add(space(text, done, to));
  }

  private static Token space(CharSequence text, int from, int to) {
    return new Token(text.subSequence(from, to).toString(), from, to, Pos.PUNCTUATION);
  }

  /** One sentence, seen on its own: rules and HanLP read no character outside it. */
  private void sentence(CharSequence text, int from, int to, List<Token> out) {
    String view = text.subSequence(from, to).toString();
    int mark = out.size();
    List<Token> spans = protectedSpans(view, 0, view.length());
    if (spans.isEmpty()) {
      base.segment(view, 0, view.length(), out);
    } else {
      List<Token> whole = new ArrayList<>(view.length());
      base.segment(view, 0, view.length(), whole);
      int k = 0;
      int gap = 0;
      for (Token span : spans) {
        k = fillGap(view, gap, span.start(), span.end(), whole, k, out);
        out.add(span);
        gap = span.end();
      }
      fillGap(view, gap, view.length(), view.length(), whole, k, out);
    }
    if (from == 0) return;
    for (int k = mark; k < out.size(); k++) {
      Token t = out.get(k);
      out.set(k, new Token(t.text(), t.start() + from, t.end() + from, t.pos()));
    }
  }

  /** The protected spans of {@code view[from, to)}, in order, as tokens. */
  List<Token> protectedSpans(CharSequence view, int from, int to) {
    List<Token> spans = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!starters.get(view.charAt(i))) {
        i++;
        continue;
      }
      int end = -1;
      SpanRule hit = null;
      for (SpanRule rule : ruleArray) {
        end = rule.match(view, i);
        if (end > i) {
          hit = rule;
          break;
        }
      }
      if (hit == null) {
        i++;
        continue;
      }
      spans.add(new Token(view.subSequence(i, end).toString(), i, end, hit.pos(view, i, end)));
      i = end;
    }
    return spans;
  }

  /**
   * Emits the tokens of the gap {@code [start, end)}: the whole-range pass's tokens when they tile
   * the gap exactly (the usual case), else the gap segmented on its own with the following span
   * ({@code [end, contextEnd)}) as right context. Returns the next index into {@code whole}.
   */
  private int fillGap(CharSequence view, int start, int end, int contextEnd, List<Token> whole, int k, List<Token> out) {
    while (k < whole.size() && whole.get(k).start() < start) k++;
    if (start >= end) return k;
    int j = k;
    if (j < whole.size() && whole.get(j).start() == start) {
      while (j < whole.size() && whole.get(j).end() < end) j++;
      if (j < whole.size() && whole.get(j).end() == end) {
        out.addAll(whole.subList(k, j + 1));
        return j + 1;
      }
    }
    base.segment(view, start, end, start, contextEnd, out);
    return k;
  }

  private static final class Holder {
    static final XinwenSegmenter DEFAULT = create();
  }
}
