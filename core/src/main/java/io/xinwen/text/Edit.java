package io.xinwen.text;

/** Builds one step's output text together with the {@link OffsetMap} back to that step's input. */
final class Edit {
  private final String source;
  private final StringBuilder out;
  private final OffsetMap.Builder map = new OffsetMap.Builder();

  Edit(String source) {
    this.source = source;
    this.out = new StringBuilder(source.length());
  }

  /** Copies source[from, to) unchanged. */
  void copy(int from, int to) {
    for (int i = from; i < to; i++) {
      map.map(out.length(), i);
      out.append(source.charAt(i));
    }
  }

  /** Appends {@code c}, which stands for the source char at {@code sourceIndex}. */
  void put(char c, int sourceIndex) {
    map.map(out.length(), sourceIndex);
    out.append(c);
  }

  int length() {
    return out.length();
  }

  char lastChar() {
    return out.length() == 0 ? 0 : out.charAt(out.length() - 1);
  }

  NormalizedText result() {
    return new NormalizedText(out.toString(), map.build());
  }
}
