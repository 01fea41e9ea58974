package io.xinwen.bench;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.date.DateExtractor;
import io.xinwen.model.DateMention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Date extraction throughput on the corpus text: every {@code corpus/*.txt} concatenated (as read;
 * the extractor sees no normalization here), one extraction of the whole text per invocation,
 * with a fixed reference date. {@code -p corpus=DIR} points at another folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DateBenchmark {
  @Param("corpus")
  public String corpus;

  private final DateExtractor extractor = new DateExtractor();
  private ExtractionContext context;

  @Setup
  public void setUp() throws IOException {
    Path dir = Path.of(corpus);
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        all.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
      }
    }
    if (all.length() == 0) throw new IllegalStateException("no corpus/*.txt under " + dir.toAbsolutePath());
    context = ExtractionContext.of(all.toString(), LocalDate.of(2025, 9, 5));
  }

  @Benchmark
  public void extractDates(Blackhole bh) {
    List<DateMention> dates = extractor.extract(context);
    bh.consume(dates);
  }
}
