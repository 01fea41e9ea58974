package io.xinwen.cli;

import io.xinwen.Xinwen;
import io.xinwen.index.ArchiveIndexer;
import io.xinwen.index.ArticleIndex;
import io.xinwen.index.XinwenIndex;
import io.xinwen.index.solr.FailedBatch;
import io.xinwen.index.solr.SolrIndex;
import io.xinwen.index.solr.SolrTarget;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xinwen index}: extracts facts from article inputs and adds them to a Lucene index or a SolrCloud collection. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Extract facts from articles and add them to an index (created when absent).",
      "PATH: a text file, a directory (*.txt, *.jsonl, their .gz; recursive), a JSONL.",
      "Re-indexing an article replaces it; an interrupted run can simply be run again."
    },
    footer = {"", "Examples:", "  xinwen index corpus/", "  xinwen index --index /data/xw --threads 2 archive-2025.jsonl.gz",
        "  xinwen index --solr http://localhost:8983/solr/xinwen corpus/"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input indexed", "1:some inputs skipped or Solr batches failed (listed at the end)", "2:usage error"})
final class IndexCommand implements Callable<Integer> {
  @Mixin IndexDir index;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
      description = "Commit after every N articles (default: ${DEFAULT-VALUE}), so a killed run keeps its work.")
  int commitEvery;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "500",
      description = "With --solr/--zk: documents per update request (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--date", converter = DateConverter.class, paramLabel = "YYYY-MM-DD",
      description = "Reference date for relative dates (default: each article's own date).")
  LocalDate date;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs: files, directories, .jsonl, .gz.")
  List<String> paths;

  @Override
  public Integer call() {
    if (threads < 1) throw new UsageException("--threads must be at least 1, was " + threads);
    if (commitEvery < 1) throw new UsageException("--commit-every must be at least 1, was " + commitEvery);
    if (batchSize < 1) throw new UsageException("--batch-size must be at least 1, was " + batchSize);
    PrintStream out = Streams.out();
    ArchiveIndexer.Summary s;
    SolrTarget solr = index.solrTarget();
    ArticleIndex opened;
    try {
      opened = solr != null ? SolrIndex.connect(solr, solrOptions()) : XinwenIndex.open(index.dir);
    } catch (IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    try (ArticleIndex idx = opened;
        ProgressBar bar = System.console() != null ? bar() : null) {
      s = new ArchiveIndexer(Xinwen.pipeline().referenceDate(date).build(), threads, commitEvery)
          .run(paths, idx, bar == null ? null : a -> bar.step());
    }
    print(out, s, index.describe());
    int skips = Skips.report(s.skipped(), Streams.err());
    return opened instanceof SolrIndex si ? Math.max(skips, failedBatches(si.failedBatches(), Streams.err())) : skips;
  }

  private SolrIndex.Options solrOptions() {
    SolrIndex.Options d = SolrIndex.Options.DEFAULTS;
    return new SolrIndex.Options(batchSize, d.attempts(), d.backoff(), d.timeout());
  }

  /** Lists the Solr batches that failed after every retry; exit code 1 when there are any. */
  static int failedBatches(List<FailedBatch> failed, PrintStream err) {
    if (failed.isEmpty()) return 0;
    long articles = failed.stream().mapToLong(b -> b.articleIds().size()).sum();
    err.printf("xinwen: %d batch%s (%d article%s) not indexed after retries; run the same command again when the cluster is healthy%n",
        failed.size(), failed.size() == 1 ? "" : "es", articles, articles == 1 ? "" : "s");
    for (FailedBatch b : failed) {
      err.printf("  %d documents: %s%n    articles: %s%n", b.documents(), b.error(), String.join(" ", b.articleIds()));
    }
    return 1;
  }

  private static ProgressBar bar() {
    return new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(-1).setUnit(" articles", 1)
        .showSpeed().setUpdateIntervalMillis(250).clearDisplayOnFinish().build();
  }

  /** One summary line and the facts per kind. */
  static void print(PrintStream out, ArchiveIndexer.Summary s, String dir) {
    out.printf("Indexed %d articles (%d skipped) into %s in %.1f s%n", s.articles(), s.skipped().size(), dir, s.nanos() / 1e9);
    StringBuilder kinds = new StringBuilder();
    s.factsByKind().forEach((k, v) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    out.printf("  facts %d%s%n", s.facts(), kinds.length() == 0 ? "" : " (" + kinds + ")");
  }
}
