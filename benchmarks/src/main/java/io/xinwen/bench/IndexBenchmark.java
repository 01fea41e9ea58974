package io.xinwen.bench;

import io.xinwen.Xinwen;
import io.xinwen.index.ArchiveIndexer;
import io.xinwen.index.TextAnalysis;
import io.xinwen.index.XinwenIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Indexing throughput on a generated archive ({@link ArchiveGenerator}): one operation builds a
 * fresh index of the whole archive (read JSONL, pipeline, Lucene, commits) with {@code threads}
 * workers; articles/s = size / (s/op), chars/s = archive chars (printed at setup) / (s/op).
 * {@code tokenizeOnly} runs the index analyzer alone over the same texts, the baseline the issue's
 * target (indexing ≥ 0.33× tokenizer throughput) compares with.
 *
 * <p>Smoke: {@code -p size=1000}; the real run: {@code -p size=100000}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
@State(Scope.Benchmark)
public class IndexBenchmark {
  @Param("corpus")
  public String corpus;

  @Param("1000")
  public int size;

  @Param({"1", "2"})
  public int threads;

  @Param("42")
  public long seed;

  private ArchiveGenerator.Archive archive;
  private Path indexDir;

  @Setup(Level.Trial)
  public void generate() {
    archive = ArchiveGenerator.generate(corpus, size, seed, Path.of(System.getProperty("java.io.tmpdir"), "xinwen-bench"));
    System.out.printf("%narchive %s: %d articles, %d chars%n", archive.file(), archive.articles(), archive.chars());
  }

  @Setup(Level.Invocation)
  public void freshIndex() throws IOException {
    indexDir = Files.createTempDirectory("xinwen-bench-index");
  }

  @TearDown(Level.Invocation)
  public void deleteIndex() throws IOException {
    try (Stream<Path> files = Files.walk(indexDir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  @Benchmark
  public long index() {
    try (XinwenIndex index = XinwenIndex.open(indexDir)) {
      ArchiveIndexer.Summary s = new ArchiveIndexer(Xinwen.pipeline().build(), threads, 10_000)
          .run(List.of(archive.file().toString()), index, null);
      if (s.articles() != archive.articles()) throw new IllegalStateException("indexed " + s.articles() + " of " + archive.articles());
      return s.facts();
    }
  }

  /** The analyzer alone over every article text of the archive (reading the JSONL included); threads is ignored. */
  @Benchmark
  public void tokenizeOnly(Blackhole bh) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Analyzer analyzer = TextAnalysis.analyzer();
        BufferedReader r = Files.newBufferedReader(archive.file(), StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String text = json.readTree(line).get("text").asText();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
          ts.reset();
          int n = 0;
          while (ts.incrementToken()) n++;
          ts.end();
          bh.consume(n);
        }
      }
    }
  }
}
