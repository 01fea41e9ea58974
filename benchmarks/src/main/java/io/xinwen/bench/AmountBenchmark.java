package io.xinwen.bench;

import io.xinwen.extract.ExtractionContext;
import io.xinwen.extract.amount.AmountExtractor;
import io.xinwen.model.Amount;
import io.xinwen.text.Normalizer;
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
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Amount extraction throughput on corpus text, in characters per second: the corpus articles are
 * normalized once, concatenated (one paragraph per line) to about {@link #CHARS} characters, and
 * {@link AmountExtractor} runs over the whole block. One operation = one character, so JMH's
 * ops/s is chars/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AmountBenchmark {
  /** Characters per invocation (the corpus is repeated to reach it). */
  static final int CHARS = 200_000;

  /** Folder with the corpus {@code *.txt} articles. */
  @Param("corpus")
  public String corpus;

  private final AmountExtractor extractor = new AmountExtractor();
  private ExtractionContext context;

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path dir = Path.of(corpus);
    if (!Files.isDirectory(dir)) dir = Path.of("..").resolve(corpus);
    Normalizer normalizer = new Normalizer();
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      if (txt.isEmpty()) throw new IllegalStateException("no corpus articles in " + dir.toAbsolutePath());
      List<String> articles = txt.stream().map(p -> normalizer.normalize(read(p)).text()).toList();
      while (text.length() < CHARS) {
        for (String a : articles) text.append(a).append('\n');
      }
    }
    text.setLength(CHARS);
    context = ExtractionContext.of(text.toString(), LocalDate.of(2025, 8, 28));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + p, e);
    }
  }

  @Benchmark
  @OperationsPerInvocation(CHARS)
  public void extract(Blackhole bh) {
    List<Amount> found = extractor.extract(context);
    bh.consume(found);
  }
}
