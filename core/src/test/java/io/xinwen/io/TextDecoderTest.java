package io.xinwen.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String TEXT = "中哈经贸合作迈上新台阶，增长58.9%。";

  @Test
  void utf8Utf16AndGb18030() {
    assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "a")).isEqualTo(TEXT);
    assertThat(TextDecoder.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8), "a")).isEqualTo(TEXT);
    assertThat(TextDecoder.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE), "a")).isEqualTo(TEXT);
    assertThat(TextDecoder.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE), "a")).isEqualTo(TEXT);
    assertThat(TextDecoder.decode(TEXT.getBytes(Charset.forName("GB18030")), "a")).isEqualTo(TEXT);
    assertThat(TextDecoder.decode(TEXT.getBytes(Charset.forName("GBK")), "a")).isEqualTo(TEXT);
  }

  @Test
  void utf8CutInsideItsLastCharacterStaysUtf8() {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1); // 。 is 3 bytes: 2 of them left
    assertThat(TextDecoder.decode(cut, "a")).isEqualTo(TEXT.substring(0, TEXT.length() - 1) + "\uFFFD");
  }

  @Test
  void emptyAndBinaryInputsAreRejectedWithTheSource() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0], "x.txt")).hasMessage("x.txt: empty file");
    assertThatThrownBy(() -> TextDecoder.decode(" \n ".getBytes(StandardCharsets.UTF_8), "x.txt"))
        .hasMessage("x.txt: empty file (only whitespace)");
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {1, 2, 0, 4}, "x.bin")).hasMessage("x.bin: binary file (not text)");
  }
}
