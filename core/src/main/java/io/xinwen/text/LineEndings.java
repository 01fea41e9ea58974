package io.xinwen.text;

/** Turns CRLF and CR line ends into LF and drops a leading byte-order mark. */
final class LineEndings implements TextStep {
  @Override
  public NormalizedText apply(String text) {
    if (text.indexOf('\r') < 0 && !text.startsWith("\uFEFF")) return new NormalizedText(text, OffsetMap.identity());
    Edit e = new Edit(text);
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') continue;
        e.put('\n', i);
      } else {
        e.put(c, i);
      }
    }
    return e.result();
  }
}
