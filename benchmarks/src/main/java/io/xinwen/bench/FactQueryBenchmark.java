package io.xinwen.bench;

import io.xinwen.Xinwen;
import io.xinwen.index.ArchiveIndexer;
import io.xinwen.index.FactQuery;
import io.xinwen.index.Hits;
import io.xinwen.index.FactHit;
import io.xinwen.index.XinwenIndex;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

/**
 * Fact-query latency (p50/p99 from {@link Mode#SampleTime}) on an index of a generated archive
 * ({@link ArchiveGenerator}), built once per (archive, extraction fingerprint) and reused under
 * {@code java.io.tmpdir/xinwen-bench}.
 * One benchmark per query shape: amount range, country, date range, speaker, text, combined.
 *
 * <p>Smoke: {@code -p size=1000}; the real run: {@code -p size=100000} (target p99 ≤ 50 ms).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class FactQueryBenchmark {
  @Param("corpus")
  public String corpus;

  @Param("1000")
  public int size;

  @Param("42")
  public long seed;

  @Param({"money-usd-over-1e9", "percent-in-country", "dates-in-2024", "speaker", "text-in-sentence", "combined"})
  public String query;

  private XinwenIndex index;
  private FactQuery q;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "xinwen-bench");
    ArchiveGenerator.Archive archive = ArchiveGenerator.generate(corpus, size, seed, dir);
    String name = archive.file().getFileName().toString().replace("archive-", "index-").replace(".jsonl", "")
        + "-" + ArchiveGenerator.pipelineFingerprint(archive);
    Path indexDir = dir.resolve(name);
    Path done = dir.resolve(name + ".done");
    if (!Files.exists(done)) {
      try (XinwenIndex w = XinwenIndex.open(indexDir)) {
        new ArchiveIndexer(Xinwen.pipeline().build(), Runtime.getRuntime().availableProcessors(), 10_000)
            .run(List.of(archive.file().toString()), w, null);
      }
      Files.writeString(done, "ok");
    }
    index = XinwenIndex.openReadOnly(indexDir);
    Map<String, Long> speakers = index.stats(1).speakers();
    String speaker = speakers.isEmpty() ? "谢赫" : speakers.keySet().iterator().next();
    q = switch (query) {
      case "money-usd-over-1e9" -> FactQuery.builder().kind("money").unit("USD").min(new BigDecimal("1e9")).build();
      case "percent-in-country" -> FactQuery.builder().kind("percent").country("KZ").build();
      case "dates-in-2024" -> FactQuery.builder().kind("date").from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 12, 31)).build();
      case "speaker" -> FactQuery.builder().speaker(speaker).build();
      case "text-in-sentence" -> FactQuery.builder().text("增长").build();
      case "combined" -> FactQuery.builder().kind("percent").country("CN").text("增长")
          .from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2025, 12, 31)).build();
      default -> throw new IllegalArgumentException("unknown query " + query);
    };
    System.out.printf("%nindex %s: %d articles, %d facts; %s matches %d%n", indexDir, index.articleCount(), index.factCount(),
        query, index.facts(q).total());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    index.close();
  }

  @Benchmark
  public Hits<FactHit> facts() {
    return index.facts(q);
  }
}
