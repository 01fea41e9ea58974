package io.xinwen.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xinwen.Pipeline;
import io.xinwen.Xinwen;
import io.xinwen.io.ArticleInput;
import io.xinwen.io.ArticleReader;
import io.xinwen.io.InputItem;
import io.xinwen.model.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic archive of {@code size} articles for benchmarks: each a JSONL line
 * {@code {"id", "published", "title", "text"}} whose title and paragraphs recombine sentences of the
 * corpus (after normalization), drawn with {@code new Random(seed)}; published dates spread over
 * 2023–2025. The same (corpus, size, seed) always gives the same file; a finished file is reused.
 */
public final class ArchiveGenerator {
  /** The generated archive: its JSONL file, article count and total characters of article text. */
  public record Archive(Path file, int articles, long chars) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

  private ArchiveGenerator() {}

  /** Generates (or reuses) {@code dir/archive-SIZE-SEED-CORPUSHASH.jsonl}. */
  public static Archive generate(String corpus, int size, long seed, Path dir) {
    String name = "archive-" + size + "-" + seed + "-" + Integer.toHexString(CorpusText.articles(corpus).hashCode());
    Path file = dir.resolve(name + ".jsonl");
    Path done = dir.resolve(name + ".chars");
    try {
      if (Files.exists(done)) return new Archive(file, size, Long.parseLong(Files.readString(done).trim()));
      Files.createDirectories(dir);
      List<String> titles = new ArrayList<>();
      List<String> sentences = new ArrayList<>();
      pools(corpus, titles, sentences);
      Random random = new Random(seed);
      long chars = 0;
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int i = 0; i < size; i++) {
          String title = titles.get(random.nextInt(titles.size()));
          StringBuilder text = new StringBuilder(title);
          int paragraphs = 3 + random.nextInt(6);
          for (int p = 0; p < paragraphs; p++) {
            text.append('\n');
            int n = 1 + random.nextInt(4);
            for (int s = 0; s < n; s++) text.append(sentences.get(random.nextInt(sentences.size())));
          }
          ObjectNode line = JSON.createObjectNode()
              .put("id", "gen-" + seed + "-" + i)
              .put("published", FIRST_DAY.plusDays(random.nextInt(3 * 365)).toString())
              .put("title", title)
              .put("text", text.toString());
          chars += text.length();
          w.write(JSON.writeValueAsString(line));
          w.write('\n');
        }
      }
      Files.writeString(done, Long.toString(chars));
      return new Archive(file, size, chars);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A short fingerprint of what the pipeline extracts from the archive's first articles, so an index
   * cached by an older build (other extractors) is not reused.
   */
  public static String pipelineFingerprint(Archive archive) {
    Pipeline pipeline = Xinwen.pipeline().build();
    int h = 1;
    List<ArticleInput> first = new ArrayList<>();
    new ArticleReader().read(List.of(archive.file().toString()), item -> {
      if (first.size() < 20 && item instanceof InputItem.Loaded l) first.add(l.input());
    });
    for (ArticleInput in : first) {
      Article a = pipeline.process(in);
      h = 31 * h + List.of(a.countries(), a.amounts(), a.dates(), a.quotes(), a.persons()).hashCode();
    }
    return Integer.toHexString(h);
  }

  /** Titles and body sentences (split after 。！？) of the normalized corpus articles, in corpus order. */
  static void pools(String corpus, List<String> titles, List<String> sentences) {
    Pipeline pipeline = Xinwen.pipeline().build();
    for (String raw : CorpusText.articles(corpus)) {
      Article a = pipeline.process(raw);
      if (a.title() != null) titles.add(a.title());
      for (String para : a.text().split("\n")) {
        int start = 0;
        for (int i = 0; i < para.length(); i++) {
          char c = para.charAt(i);
          if (c == '。' || c == '！' || c == '？') {
            int end = i + 1;
            if (end < para.length() && para.charAt(end) == '”') end++;
            String s = para.substring(start, end).strip();
            if (s.length() >= 8) sentences.add(s);
            start = end;
            i = end - 1;
          }
        }
      }
    }
    if (titles.isEmpty() || sentences.isEmpty()) throw new IllegalStateException("no sentences in corpus " + corpus);
  }
}
