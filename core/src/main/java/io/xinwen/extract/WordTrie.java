package io.xinwen.extract;

import java.util.Arrays;
import java.util.Map;

/**
 * Longest-match lookup of a fixed word list at a text position, reading forward (the longest word
 * starting at {@code i}) or backward (the longest word ending at {@code i}). The extractors look up
 * at every character of every article, so the first character is an array index and each deeper
 * level a small sorted array. Immutable and thread-safe once built.
 */
public final class WordTrie<V> {
  private static final char[] NO_KEYS = {};
  private static final Node[] NO_NODES = {};

  private static final class Node {
    char[] keys = NO_KEYS;
    Node[] children = NO_NODES;
    Object value;

    Node child(char c) {
      char[] k = keys;
      if (k.length > 8) {
        int i = Arrays.binarySearch(k, c);
        return i >= 0 ? children[i] : null;
      }
      for (int i = 0; i < k.length; i++) {
        if (k[i] == c) return children[i];
        if (k[i] > c) return null;
      }
      return null;
    }

    Node addChild(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) return children[i];
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node[] n = new Node[children.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, n, 0, at);
      k[at] = c;
      n[at] = new Node();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, n, at + 1, children.length - at);
      keys = k;
      children = n;
      return n[at];
    }
  }

  private final Node[] roots = new Node[Character.MAX_VALUE + 1];
  private final boolean backward;

  private WordTrie(Map<String, V> words, boolean backward) {
    this.backward = backward;
    words.forEach((word, value) -> {
      if (word.isEmpty()) throw new IllegalArgumentException("empty word");
      if (value == null) throw new IllegalArgumentException("no value for " + word);
      int first = backward ? word.length() - 1 : 0;
      Node n = roots[word.charAt(first)];
      if (n == null) n = roots[word.charAt(first)] = new Node();
      for (int k = 1; k < word.length(); k++) n = n.addChild(word.charAt(backward ? first - k : k));
      n.value = value;
    });
  }

  /** Looks words up by the characters that start them. */
  public static <V> WordTrie<V> forward(Map<String, V> words) {
    return new WordTrie<>(words, false);
  }

  /** Looks words up by the characters that end them. */
  public static <V> WordTrie<V> backward(Map<String, V> words) {
    return new WordTrie<>(words, true);
  }

  /**
   * Forward: the value of the longest word starting at {@code i} and ending at or before {@code limit}.
   * Backward: the value of the longest word ending at {@code i} (exclusive) and starting at or after
   * {@code limit}. Null when there is none.
   */
  @SuppressWarnings("unchecked")
  public V longest(CharSequence text, int i, int limit) {
    Object found = null;
    if (backward) {
      if (i - 1 < limit || i > text.length()) return null;
      Node n = roots[text.charAt(i - 1)];
      for (int p = i - 2; n != null; p--) {
        if (n.value != null) found = n.value;
        if (p < limit) break;
        n = n.child(text.charAt(p));
      }
    } else {
      if (i < 0 || i >= limit) return null;
      Node n = roots[text.charAt(i)];
      for (int p = i + 1; n != null; p++) {
        if (n.value != null) found = n.value;
        if (p >= limit) break;
        n = n.child(text.charAt(p));
      }
    }
    return (V) found;
  }
}
