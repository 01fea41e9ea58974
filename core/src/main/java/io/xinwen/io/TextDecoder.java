package io.xinwen.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an article file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030
 * (which covers GBK and GB2312, common in Chinese archives). Rejects empty and binary input with
 * a reason. Stateless.
 */
public final class TextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final int SNIFF = 8192;

  private TextDecoder() {}

  /** The text of {@code bytes}, or throws {@link InputException} naming {@code source} and the reason. */
  public static String decode(byte[] bytes, String source) {
    if (bytes.length == 0) throw new InputException(source, "empty file");
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = strict(StandardCharsets.UTF_8, bytes, 3, source);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strict(StandardCharsets.UTF_16LE, bytes, 2, source);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strict(StandardCharsets.UTF_16BE, bytes, 2, source);
    } else {
      if (looksBinary(bytes)) throw new InputException(source, "binary file (not text)");
      String utf8 = tryDecode(StandardCharsets.UTF_8, bytes, 0);
      if (utf8 == null) utf8 = truncatedUtf8(bytes);
      text = utf8 != null ? utf8 : tryDecode(GB18030, bytes, 0);
      if (text == null) throw new InputException(source, "not text in UTF-8, UTF-16 or GB18030");
    }
    if (text.isBlank()) throw new InputException(source, "empty file (only whitespace)");
    if (controlRatio(text) > 0.01) throw new InputException(source, "binary file (control characters)");
    return text;
  }

  private static String strict(Charset cs, byte[] bytes, int offset, String source) {
    String s = tryDecode(cs, bytes, offset);
    if (s == null) throw new InputException(source, "invalid " + cs.name() + " after its byte-order mark");
    return s;
  }

  private static String tryDecode(Charset cs, byte[] bytes, int offset) {
    try {
      CharBuffer out = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** UTF-8 cut off inside its last character (a file truncated by a copy): the text plus U+FFFD. */
  private static String truncatedUtf8(byte[] bytes) {
    for (int k = 1; k <= 3 && k <= bytes.length; k++) {
      int lead = bytes[bytes.length - k] & 0xFF;
      int needed = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
      if (lead < 0xC2 || lead > 0xF4) {
        if ((lead & 0xC0) == 0x80) continue; // a continuation byte: look further back for the lead
        return null;
      }
      if (k >= needed) return null;
      String head = tryDecode(StandardCharsets.UTF_8, java.util.Arrays.copyOf(bytes, bytes.length - k), 0);
      return head == null ? null : head + "\uFFFD";
    }
    return null;
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) return true;
    }
    return false;
  }

  private static double controlRatio(String text) {
    int n = Math.min(text.length(), SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
    }
    return n == 0 ? 0 : (double) control / n;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }
}
