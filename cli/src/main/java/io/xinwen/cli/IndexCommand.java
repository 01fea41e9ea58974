package io.xinwen.cli;

import io.xinwen.Xinwen;
import io.xinwen.index.ArchiveIndexer;
import io.xinwen.index.XinwenIndex;
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

/** {@code xinwen index}: extracts facts from article inputs and adds them to a Lucene index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Extract facts from articles and add them to an index (created when absent).",
      "PATH: a text file, a directory (*.txt, *.jsonl, their .gz; recursive), a JSONL.",
      "Re-indexing an article replaces it; an interrupted run can simply be run again."
    },
    footer = {"", "Examples:", "  xinwen index corpus/", "  xinwen index --index /data/xw --threads 2 archive-2025.jsonl.gz"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input indexed", "1:some inputs skipped (listed at the end)", "2:usage error"})
final class IndexCommand implements Callable<Integer> {
  @Mixin IndexDir index;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
      description = "Commit after every N articles (default: ${DEFAULT-VALUE}), so a killed run keeps its work.")
  int commitEvery;

  @Option(names = "--date", converter = DateConverter.class, paramLabel = "YYYY-MM-DD",
      description = "Reference date for relative dates (default: each article's own date).")
  LocalDate date;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs: files, directories, .jsonl, .gz.")
  List<String> paths;

  @Override
  public Integer call() {
    if (threads < 1) throw new UsageException("--threads must be at least 1, was " + threads);
    if (commitEvery < 1) throw new UsageException("--commit-every must be at least 1, was " + commitEvery);
    PrintStream out = Streams.out();
    ArchiveIndexer.Summary s;
    XinwenIndex opened;
    try {
      opened = XinwenIndex.open(index.dir);
    } catch (IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    try (XinwenIndex idx = opened;
        ProgressBar bar = System.console() != null ? bar() : null) {
      s = new ArchiveIndexer(Xinwen.pipeline().referenceDate(date).build(), threads, commitEvery)
          .run(paths, idx, bar == null ? null : a -> bar.step());
    }
    print(out, s, index.dir.toString());
    return Skips.report(s.skipped(), Streams.err());
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
