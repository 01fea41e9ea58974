package io.xinwen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Loads the raw corpus articles for benchmarks (run from the repository root, or pass -p corpus=DIR). */
public final class CorpusText {
  private CorpusText() {}

  public static List<String> articles(String dir) {
    Path p = Path.of(dir);
    if (!Files.isDirectory(p)) throw new IllegalStateException("corpus folder not found: " + p.toAbsolutePath());
    try (Stream<Path> files = Files.list(p)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(CorpusText::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int chars(List<String> texts) {
    return texts.stream().mapToInt(String::length).sum();
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
