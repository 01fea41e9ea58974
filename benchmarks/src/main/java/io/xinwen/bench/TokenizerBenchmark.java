package io.xinwen.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.tokenizer.SpeedTokenizer;
import io.xinwen.index.analysis.XinwenAnalyzer;
import io.xinwen.segment.XinwenSegmenter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.openjdk.jmh.annotations.AuxCounters;
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

/**
 * The tokenizer hot path: xinwen's segmenter (and its Lucene analyzer, normalizer included) against
 * HanLP's standard segment (what {@code StandardTokenizer} uses), HanLP's {@code SpeedTokenizer},
 * Lucene's SmartCN and a plain char-scan loop (the physical limit). One op segments every line of
 * the input once; the {@code chars} counter gives chars/s.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TokenizerBenchmark -prof gc \
 *     -p input=sighan -p sighan=../shared/data/sighan2005 -p corpus=corpus
 * </pre>
 *
 * {@code input=sighan} reads {@code pku_test.utf8} and {@code msr_test.utf8} from the {@code sighan}
 * folder at run time (the SIGHAN data is never bundled); {@code input=corpus} reads
 * {@code corpus/*.txt}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class TokenizerBenchmark {
  @Param({"sighan", "corpus"})
  public String input;

  @Param("../shared/data/sighan2005")
  public String sighan;

  @Param("corpus")
  public String corpus;

  private List<String> lines;
  private int chars;
  private XinwenSegmenter xinwen;
  private Analyzer analyzer;
  private Segment hanlpStandard;

  /** Chars segmented, per op; JMH reports it as chars/s. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long chars;

    @Setup(Level.Iteration)
    public void clear() {
      chars = 0;
    }
  }

  @Setup
  public void setUp() throws IOException {
    lines = switch (input) {
      case "sighan" -> read(Path.of(sighan).resolve("pku_test.utf8"), Path.of(sighan).resolve("msr_test.utf8"));
      case "corpus" -> CorpusText.articles(corpus).stream()
          .flatMap(String::lines).filter(l -> !l.isBlank()).toList();
      default -> throw new IllegalArgumentException("input must be sighan or corpus: " + input);
    };
    if (lines.isEmpty()) throw new IllegalStateException("no text for input=" + input);
    chars = lines.stream().mapToInt(String::length).sum();
    xinwen = XinwenSegmenter.create();
    analyzer = new XinwenAnalyzer();
    hanlpStandard = HanLP.newSegment();
    SpeedTokenizer.segment("预热"); // load dictionaries outside the measurement
  }

  private static List<String> read(Path... files) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) throw new IllegalStateException("missing " + f.toAbsolutePath() + " (set -p sighan=DIR or -p corpus=DIR)");
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) if (!line.isBlank()) out.add(line);
    }
    return out;
  }

  @Benchmark
  public int xinwenSegmenter(Counters c) {
    int n = 0;
    for (String line : lines) n += xinwen.segment(line).size();
    c.chars += chars;
    return n;
  }

  @Benchmark
  public int xinwenAnalyzer(Counters c) {
    int n = 0;
    for (String line : lines) n += drain(analyzer.tokenStream("body", line));
    c.chars += chars;
    return n;
  }

  @Benchmark
  public int hanlpStandard(Counters c) {
    int n = 0;
    for (String line : lines) n += hanlpStandard.seg(line).size();
    c.chars += chars;
    return n;
  }

  @Benchmark
  public int hanlpSpeed(Counters c) {
    int n = 0;
    for (String line : lines) n += SpeedTokenizer.segment(line).size();
    c.chars += chars;
    return n;
  }

  @Benchmark
  public int smartcn(Counters c) {
    int n = 0;
    Tokenizer t = new HMMChineseTokenizer();
    for (String line : lines) {
      t.setReader(new StringReader(line));
      n += drain(t);
    }
    c.chars += chars;
    return n;
  }

  /** The physical limit: touch every char once and count script changes (no dictionary, no allocation). */
  @Benchmark
  public int charScan(Counters c) {
    int n = 0;
    for (String line : lines) {
      boolean han = false;
      for (int i = 0; i < line.length(); i++) {
        boolean h = Character.isIdeographic(line.charAt(i));
        if (h != han) n++;
        han = h;
      }
    }
    c.chars += chars;
    return n;
  }

  private static int drain(TokenStream ts) {
    try (ts) {
      int n = 0;
      ts.reset();
      while (ts.incrementToken()) n++;
      ts.end();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
