package io.xinwen.cli;

import io.xinwen.Xinwen;
import io.xinwen.index.ArchiveIndexer;
import io.xinwen.index.FactQuery;
import io.xinwen.index.SearchQuery;
import io.xinwen.index.XinwenIndex;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The index part of {@code xinwen demo}: indexes a corpus folder into {@code indexDir} and prints
 * stats and a few sample {@code facts}/{@code search} queries as the CLI would.
 */
public final class IndexDemo {
  private IndexDemo() {}

  /** Builds (or refreshes) the index and prints the samples; returns the indexing summary. */
  public static ArchiveIndexer.Summary run(Path corpus, Path indexDir, PrintStream out) {
    try (XinwenIndex index = XinwenIndex.open(indexDir)) {
      ArchiveIndexer.Summary s = new ArchiveIndexer(Xinwen.pipeline().build(), 1, 1000).run(List.of(corpus.toString()), index, null);
      IndexCommand.print(out, s, indexDir.toString());
      out.println();
      StatsCommand.print(out, index.stats(8), indexDir.toString());
      sample(out, index, "./xinwen facts --kind money --unit USD --min 1e9",
          FactQuery.builder().kind("money").unit("USD").min(new BigDecimal("1e9")).limit(6).build());
      sample(out, index, "./xinwen facts --kind percent --text 增长",
          FactQuery.builder().kind("percent").text("增长").limit(6).build());
      sample(out, index, "./xinwen facts --kind quote --country PK",
          FactQuery.builder().kind("quote").country("PK").limit(4).build());
      out.println();
      out.println("Sample: ./xinwen search 合作 --limit 3");
      SearchCommand.print(out, index.search(new SearchQuery("合作", null, null, null, 3)));
      return s;
    }
  }

  private static void sample(PrintStream out, XinwenIndex index, String command, FactQuery q) {
    out.println();
    out.println("Sample: " + command);
    FactsCommand.table(out, index.facts(q), "  ");
  }
}
