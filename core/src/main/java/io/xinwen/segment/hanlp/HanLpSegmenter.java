package io.xinwen.segment.hanlp;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import io.xinwen.segment.Lexicon;
import io.xinwen.segment.Pos;
import io.xinwen.segment.Segmenter;
import io.xinwen.segment.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Segments text with HanLP's Viterbi segmenter and copies its terms into {@link Token}s with
 * offsets; the only class in xinwen that imports {@code com.hankcs}.
 *
 * <p>Configuration: the instance owns one {@link ViterbiSegment} and sets every option that
 * changes output, once, in the constructor; it never reads or writes {@code HanLP.Config} or any
 * other HanLP static. Number/quantifier recognition is off (it drops text: {@code 共计3亿元} loses
 * {@code 共计3亿}); HanLP's global custom dictionary is not used (it is mutable shared state, and
 * measured on SIGHAN 2005 it lowers F1 from 0.912 to 0.890 on PKU) — instead the segment owns a
 * small custom dictionary of current news words the core dictionary lacks (光伏, 互联互通, 占比…,
 * {@code news-words.tsv}); Chinese and transliterated name recognition is
 * on (MSR F1 0.868 → 0.872, PKU 0.916 → 0.912, and the person extractor wants whole names);
 * place, organisation and Japanese name recognition are off (each lowers F1 on one set or both;
 * countries and organisations come from xinwen's own gazetteers instead).
 *
 * <p>Thread safety: after the constructor the segment's configuration is never changed, and
 * {@code Segment.seg(char[])} keeps all its working state (word net, Viterbi path, terms) in
 * local variables and only reads HanLP's dictionaries, which are immutable once loaded. So one
 * instance may be used from many threads at once (see {@code HanLpSegmenterTest#concurrent}).
 *
 * <p>Exact cover: HanLP's terms are checked against the input as they are copied; should a term
 * ever not match the text at the current offset (it never does with normalization off, but HanLP
 * is not ours), the rest of the range becomes one token tagged {@link Pos#UNKNOWN}, so no char is
 * lost. A term boundary that would split a surrogate pair is moved past the low surrogate.
 */
public final class HanLpSegmenter implements Segmenter, Lexicon {
  private final Segment segment;

  /** The segmenter with xinwen's news vocabulary ({@code news-words.tsv}). */
  public HanLpSegmenter() {
    this(NewsWords.load());
  }

  /**
   * A segmenter whose own (non-global) custom dictionary holds {@code words} (word → HanLP tag,
   * e.g. {@code 光伏 → n}): after the Viterbi pass, adjacent terms that spell one of these words are
   * merged, so 光/伏 becomes 光伏. HanLP's shared {@code CustomDictionary} is never used.
   */
  public HanLpSegmenter(Map<String, String> words) {
    Segment s = new ViterbiSegment();
    s.enableIndexMode(false);
    s.enableNormalization(false);
    s.enableCustomDictionary(ownDictionary(words));
    s.enableCustomDictionaryForcing(false);
    s.enableNumberQuantifierRecognize(false);
    s.enableNameRecognize(true);
    s.enableTranslatedNameRecognize(true);
    s.enableJapaneseNameRecognize(false);
    s.enablePlaceRecognize(false);
    s.enableOrganizationRecognize(false);
    s.enablePartOfSpeechTagging(false);
    s.enableOffset(false);
    s.enableMultithreading(false);
    this.segment = s;
  }

  private static DynamicCustomDictionary ownDictionary(Map<String, String> words) {
    TreeMap<String, CoreDictionary.Attribute> entries = new TreeMap<>();
    words.forEach((word, tag) -> {
      Nature nature = Nature.fromString(tag);
      if (nature == null) throw new IllegalArgumentException("unknown HanLP tag '" + tag + "' for " + word);
      entries.put(word, new CoreDictionary.Attribute(nature, 1000));
    });
    DoubleArrayTrie<CoreDictionary.Attribute> dat = new DoubleArrayTrie<>();
    dat.build(entries.isEmpty() ? new TreeMap<>(Map.of("\u0000", new CoreDictionary.Attribute(Nature.x, 1))) : entries);
    DynamicCustomDictionary dictionary = new DynamicCustomDictionary(dat, new BinTrie<>(), null); // null: load no files
    dictionary.normalization = false;
    return dictionary;
  }

  @Override
  public List<Token> segment(CharSequence text) {
    List<Token> out = new ArrayList<>(text.length() / 2 + 1);
    segment(text, 0, text.length(), out);
    return out;
  }

  @Override
  public void segment(CharSequence text, int from, int to, List<Token> out) {
    if (from >= to) return;
    copy(text, from, to, segment.seg(chars(text, from, to)), from, out);
  }

  /**
   * Segments {@code text[contextFrom, contextTo)} and keeps the terms inside {@code [from, to)}:
   * HanLP's Viterbi path depends on the neighbours (价格同比上涨 alone gives 同/比/上/涨, followed by
   * 12.5% it gives 同比/上涨). When a term straddles {@code from} or {@code to}, the range is
   * segmented on its own instead, so the edges stay where the caller put them.
   */
  @Override
  public void segment(CharSequence text, int from, int to, int contextFrom, int contextTo, List<Token> out) {
    if (from >= to) return;
    if (contextFrom >= from && contextTo <= to) {
      segment(text, from, to, out);
      return;
    }
    List<Term> terms = segment.seg(chars(text, contextFrom, contextTo));
    int pos = contextFrom;
    int first = -1;
    int last = -1;
    for (int k = 0; k < terms.size(); k++) {
      if (pos == from) first = k;
      pos += terms.get(k).word.length();
      if (pos == to) last = k;
      if (pos > to) break;
    }
    if (first < 0 || last < first) {
      segment(text, from, to, out);
    } else {
      copy(text, from, to, terms.subList(first, last + 1), from, out);
    }
  }

  private static char[] chars(CharSequence text, int from, int to) {
    char[] chars = new char[to - from];
    if (text instanceof String s) {
      s.getChars(from, to, chars, 0);
    } else {
      for (int i = from; i < to; i++) chars[i - from] = text.charAt(i);
    }
    return chars;
  }

  private static void copy(CharSequence text, int from, int to, List<Term> terms, int start, List<Token> out) {
    int pos = start;
    int pendingStart = -1;
    String pendingPos = null;
    for (Term term : terms) {
      String word = term.word;
      int len = word.length();
      if (len == 0) continue;
      if (pos + len > to || !regionEquals(text, pos, word)) {
        break; // not ours to guess: the rest becomes one token below
      }
      int end = pos + len;
      String tag = term.nature == null ? Pos.UNKNOWN : term.nature.toString();
      if (pendingStart >= 0) { // a surrogate pair was split by the previous term: join
        end = pos + len;
        pos = pendingStart;
        tag = pendingPos;
        pendingStart = -1;
      }
      if (end < to && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
        pendingStart = pos;
        pendingPos = tag;
        pos = end;
        continue;
      }
      out.add(new Token(end - pos == len ? word : text.subSequence(pos, end).toString(), pos, end, tag));
      pos = end;
    }
    if (pendingStart >= 0) pos = pendingStart;
    if (pos < to) out.add(new Token(text.subSequence(pos, to).toString(), pos, to, Pos.UNKNOWN));
  }

  /** True when {@code text[from, to)} is a word of HanLP's core dictionary. */
  @Override
  public boolean contains(CharSequence text, int from, int to) {
    return CoreDictionary.contains(text.subSequence(from, to).toString());
  }

  private static boolean regionEquals(CharSequence text, int pos, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (text.charAt(pos + i) != word.charAt(i)) return false;
    }
    return true;
  }
}
