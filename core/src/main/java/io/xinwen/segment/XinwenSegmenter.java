package io.xinwen.segment;

import io.xinwen.segment.hanlp.HanLpSegmenter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * xinwen's segmenter: a fast pre-pass finds protected spans (whitespace, numbers with scale and
 * unit, transliterated names, countries and organisations) with an ordered list of
 * {@link SpanRule}s, and only the gaps between them go to the statistical segmenter.
 *
 * <p>At each position the first rule in {@link #rules()} that matches wins; tokens cover the input
 * exactly. A gap is segmented with the span after it as right context (HanLP's Viterbi path near a
 * cut sentence end differs: 价格同比上涨 alone gives 同/比/上/涨); left context made no measurable
 * difference on SIGHAN. Immutable and thread-safe when its base segmenter is.
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

  /** A new default segmenter: HanLP for the gaps, CLDR country names, the bundled data files. */
  public static XinwenSegmenter create() {
    return create(new LocaleCountryNames());
  }

  /** A default segmenter whose protected country names come from {@code countries}. */
  public static XinwenSegmenter create(NameSource countries) {
    HanLpSegmenter hanlp = new HanLpSegmenter();
    Gazetteer names = Gazetteer.builder()
        .add(countries, Pos.PLACE)
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

  @Override
  public void segment(CharSequence text, int from, int to, List<Token> out) {
    CharSequence view = from == 0 && to == text.length() ? text : text.subSequence(0, to);
    int gap = from;
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
      if (gap < i) base.segment(view, gap, i, gap, end, out); // the span after the gap is its right context
      out.add(new Token(view.subSequence(i, end).toString(), i, end, hit.pos(view, i, end)));
      i = end;
      gap = end;
    }
    if (gap < to) base.segment(view, gap, to, out);
  }

  private static final class Holder {
    static final XinwenSegmenter DEFAULT = create();
  }
}
