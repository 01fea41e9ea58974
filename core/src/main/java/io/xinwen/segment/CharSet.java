package io.xinwen.segment;

import java.util.BitSet;

/** An immutable set of BMP chars, read from a resource of chars (whitespace and {@code #} comments ignored). */
public final class CharSet {
  private final BitSet bits;

  private CharSet(BitSet bits) {
    this.bits = bits;
  }

  public static CharSet of(CharSequence chars) {
    BitSet b = new BitSet(65536);
    for (int i = 0; i < chars.length(); i++) b.set(chars.charAt(i));
    return new CharSet(b);
  }

  /** The chars of every name in {@code source} (one name a line). */
  public static CharSet of(NameSource source) {
    StringBuilder sb = new StringBuilder();
    for (String line : source.names()) sb.append(line.replaceAll("\\s", ""));
    return of(sb);
  }

  public boolean contains(char c) {
    return bits.get(c);
  }
}
