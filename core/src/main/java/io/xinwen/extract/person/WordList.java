package io.xinwen.extract.person;

import io.xinwen.extract.WordTrie;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of words with longest-match lookups starting or ending at a position
 * ({@link WordTrie}s read forward and backward). Immutable and thread-safe.
 */
final class WordList {
  private final List<String> words;
  private final WordTrie<String> byFirst;
  private final WordTrie<String> byLast;

  WordList(List<String> words) {
    this.words = words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    Map<String, String> self = new HashMap<>();
    for (String w : this.words) self.put(w, w);
    this.byFirst = WordTrie.forward(self);
    this.byLast = WordTrie.backward(self);
  }

  /** Every word, longest first. */
  List<String> all() {
    return words;
  }

  /** The longest word starting at {@code i}, or null. */
  String startingAt(CharSequence text, int i) {
    if (i < 0 || i >= text.length()) return null;
    return byFirst.longest(text, i, text.length());
  }

  /** The longest word ending exactly at {@code end} and starting at or after {@code from}, or null. */
  String endingAt(CharSequence text, int from, int end) {
    if (end <= 0 || end > text.length()) return null;
    return byLast.longest(text, end, Math.max(from, 0));
  }
}
