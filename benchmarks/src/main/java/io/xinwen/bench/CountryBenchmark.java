package io.xinwen.bench;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.country.CountryExtractor;
import io.xinwen.model.CountryMention;
import io.xinwen.text.Normalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Country extraction over the normalized text of every {@code corpus/*.txt} (one op = all
 * articles). Run from the repository root, or pass {@code -p corpus=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CountryBenchmark {
  @Param("corpus")
  public String corpus;

  private List<ExtractionContext> articles;
  private CountryExtractor extractor;

  @Setup
  public void setUp() throws IOException {
    Normalizer normalizer = new Normalizer();
    try (Stream<Path> files = Files.list(Path.of(corpus))) {
      articles = files.filter(p -> p.toString().endsWith(".txt")).sorted()
          .map(p -> read(p))
          .map(raw -> ExtractionContext.of(normalizer.normalize(raw).text(), null))
          .toList();
    }
    if (articles.isEmpty()) throw new IllegalStateException("no *.txt in " + Path.of(corpus).toAbsolutePath());
    extractor = new CountryExtractor();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Building an extractor: the lexicon over the (already loaded) default gazetteer and data files. */
  @Benchmark
  public CountryExtractor construct() {
    return new CountryExtractor();
  }

  @Benchmark
  public int extractCorpus() {
    int n = 0;
    for (ExtractionContext c : articles) {
      List<CountryMention> found = extractor.extract(c);
      n += found.size();
    }
    return n;
  }
}
