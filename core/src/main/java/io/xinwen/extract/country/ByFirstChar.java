package io.xinwen.extract.country;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Items grouped by the first character of their key, longest key first, looked up by array index
 * (the country rules ask at every character of every article, so no boxing and no hashing). Immutable.
 */
final class ByFirstChar<T> {
  private final List<List<T>> table;

  ByFirstChar(Collection<T> items, Function<T, String> key) {
    List<List<T>> t = new ArrayList<>(Character.MAX_VALUE + 1);
    for (int c = 0; c <= Character.MAX_VALUE; c++) t.add(null);
    for (T item : items) {
      char first = key.apply(item).charAt(0);
      if (t.get(first) == null) t.set(first, new ArrayList<>());
      t.get(first).add(item);
    }
    Comparator<T> longestFirst = Comparator.comparingInt((T item) -> key.apply(item).length()).reversed().thenComparing(key);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      List<T> group = t.get(c);
      t.set(c, group == null ? List.of() : group.stream().sorted(longestFirst).toList());
    }
    this.table = t;
  }

  /** The items whose key starts with {@code c}, longest key first (empty when none). */
  List<T> get(char c) {
    return table.get(c);
  }
}
