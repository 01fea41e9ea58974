package io.xinwen.cli;

import io.xinwen.index.ArticleIndex;
import io.xinwen.index.IndexStats;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xinwen stats}: what an index holds, by country, kind, unit, year and speaker. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Counts of articles and facts: articles per country and year, facts per kind and unit, top speakers.",
    footer = {"", "Example:", "  xinwen stats --index xinwen-index"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "2:missing index"})
final class StatsCommand implements Callable<Integer> {
  enum Format { text, json }

  @Mixin IndexDir index;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Values to show per facet (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    if (top < 1) throw new UsageException("--top must be at least 1, was " + top);
    IndexStats s;
    try (ArticleIndex idx = index.openReadOnly()) {
      s = idx.stats(top);
    }
    PrintStream out = Streams.out();
    if (format == Format.json) out.println(IndexJson.pretty(s));
    else print(out, s, index.describe());
    return 0;
  }

  static void print(PrintStream out, IndexStats s, String dir) {
    out.printf("%s: %d articles, %d facts%n", dir, s.articles(), s.facts());
    line(out, "Facts by kind", s.kinds());
    line(out, "Articles by country", s.countries());
    line(out, "Articles by year", s.years());
    line(out, "Facts by unit", s.units());
    line(out, "Top speakers", s.speakers());
  }

  private static void line(PrintStream out, String label, Map<String, Long> counts) {
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "  ").append(k).append(' ').append(v));
    out.printf("  %-20s %s%n", label, sb.length() == 0 ? "-" : sb);
  }
}
