package io.xinwen.segment;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable char trie of names, each with a part-of-speech tag, answering "the longest name
 * starting here" without allocating.
 */
public final class Gazetteer {
  private static final Gazetteer EMPTY = new Gazetteer(new Node(new char[0], new Node[0], null));

  private final Node root;

  private Gazetteer(Node root) {
    this.root = root;
  }

  public static Gazetteer empty() {
    return EMPTY;
  }

  /** A gazetteer of the names of each source, tagged with its tag; a later source wins on duplicates. */
  public static Builder builder() {
    return new Builder();
  }

  /** End (exclusive) of the longest name starting at {@code start} and ending by {@code limit}, or -1. */
  public int longestMatch(CharSequence text, int start, int limit) {
    Node n = root;
    int best = -1;
    for (int i = start; i < limit; i++) {
      n = n.child(text.charAt(i));
      if (n == null) break;
      if (n.pos != null) best = i + 1;
    }
    return best;
  }

  /** False when no name starts with {@code c}. */
  public boolean mayStartWith(char c) {
    return root.child(c) != null;
  }

  /** Tag of the name {@code text[start, end)}, or null when it is not a name. */
  public String posOf(CharSequence text, int start, int end) {
    Node n = root;
    for (int i = start; i < end && n != null; i++) n = n.child(text.charAt(i));
    return n == null ? null : n.pos;
  }

  private record Node(char[] keys, Node[] children, String pos) {
    Node child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i < 0 ? null : children[i];
    }
  }

  /** Collects names, then freezes them into a {@link Gazetteer}. */
  public static final class Builder {
    private final Map<String, String> names = new TreeMap<>();

    public Builder add(NameSource source, String pos) {
      for (String name : source.names()) {
        String n = name.strip();
        if (!n.isEmpty()) names.put(n, pos);
      }
      return this;
    }

    public Gazetteer build() {
      return new Gazetteer(freeze(new TreeMap<>(names), 0));
    }

    private static Node freeze(TreeMap<String, String> sorted, int depth) {
      String pos = null;
      TreeMap<Character, TreeMap<String, String>> byChar = new TreeMap<>();
      for (Map.Entry<String, String> e : sorted.entrySet()) {
        String name = e.getKey();
        if (name.length() == depth) {
          pos = e.getValue();
        } else {
          byChar.computeIfAbsent(name.charAt(depth), c -> new TreeMap<>()).put(name, e.getValue());
        }
      }
      char[] keys = new char[byChar.size()];
      Node[] children = new Node[byChar.size()];
      int i = 0;
      for (Map.Entry<Character, TreeMap<String, String>> e : byChar.entrySet()) {
        keys[i] = e.getKey();
        children[i++] = freeze(e.getValue(), depth + 1);
      }
      return new Node(keys, children, pos);
    }
  }
}
