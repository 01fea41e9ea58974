package io.xinwen.bench;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.person.PersonExtractor;
import io.xinwen.extract.quote.QuoteExtractor;
import io.xinwen.text.Normalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Quote and person extraction over every article of a corpus folder (normalized once in setup):
 * one operation extracts from all of them. Run from the repository root, or pass
 * {@code -p corpus=/path/to/corpus}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QuoteBenchmark {
  @Param("corpus")
  public String corpus;

  private final QuoteExtractor quotes = new QuoteExtractor();
  private final PersonExtractor persons = new PersonExtractor();
  private List<ExtractionContext> articles;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Normalizer normalizer = new Normalizer();
    articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(corpus))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = normalizer.normalize(Files.readString(p, StandardCharsets.UTF_8)).text();
        articles.add(ExtractionContext.of(text, null));
      }
    }
    if (articles.isEmpty()) throw new IllegalStateException("no *.txt articles in " + corpus);
  }

  @Benchmark
  public void quotes(Blackhole bh) {
    for (ExtractionContext a : articles) bh.consume(quotes.extract(a));
  }

  @Benchmark
  public void persons(Blackhole bh) {
    for (ExtractionContext a : articles) bh.consume(persons.extract(a));
  }
}
