package io.xinwen.segment.hanlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code news-words.tsv}: {@code word<TAB>HanLP tag} a line, {@code #} comments. */
final class NewsWords {
  private NewsWords() {}

  static Map<String, String> load() {
    String resource = "news-words.tsv";
    try (InputStream in = NewsWords.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      Map<String, String> words = new LinkedHashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (entry.isEmpty()) continue;
        String[] cols = entry.split("\t");
        if (cols.length != 2) throw new IllegalStateException(resource + ":" + n + ": want word<TAB>tag, got " + line);
        words.put(cols[0].strip(), cols[1].strip());
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }
}
