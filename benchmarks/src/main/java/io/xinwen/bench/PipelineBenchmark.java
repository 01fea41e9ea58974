package io.xinwen.bench;

import io.xinwen.Pipeline;
import io.xinwen.Xinwen;
import io.xinwen.model.Article;
import io.xinwen.text.NormalizedText;
import io.xinwen.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole pipeline (normalize, structure, all extractors) and the normalizer alone over the
 * raw corpus. Each invocation processes the whole corpus once; chars/s = corpus chars × ops/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PipelineBenchmark {
  @Param("corpus")
  public String corpus;

  private List<String> articles;
  private Pipeline pipeline;
  private Normalizer normalizer;

  @Setup(Level.Trial)
  public void setUp() {
    articles = CorpusText.articles(corpus);
    pipeline = Xinwen.pipeline().referenceDate(LocalDate.of(2025, 8, 28)).build();
    normalizer = new Normalizer();
    System.out.println("\ncorpus chars per op: " + CorpusText.chars(articles));
  }

  @Benchmark
  public void pipeline(Blackhole bh) {
    for (String a : articles) {
      Article article = pipeline.process(a);
      bh.consume(article);
    }
  }

  @Benchmark
  public void normalize(Blackhole bh) {
    for (String a : articles) {
      NormalizedText n = normalizer.normalize(a);
      bh.consume(n);
    }
  }
}
