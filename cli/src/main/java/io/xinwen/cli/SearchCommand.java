package io.xinwen.cli;

import io.xinwen.index.ArticleIndex;
import io.xinwen.index.ArticleHit;
import io.xinwen.index.Hits;
import io.xinwen.index.QueryValues;
import io.xinwen.index.SearchQuery;
import io.xinwen.index.Snippet;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xinwen search}: ranked full-text search over indexed articles with highlighted snippets. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Ranked full-text search; snippets highlight matches at exact text offsets.",
      "QUERY: Lucene syntax; words are ANDed, OR/NOT/( ) work, Chinese is phrased."
    },
    footer = {"", "Examples:", "  xinwen search 光伏 --country UZ", "  xinwen search '光伏 OR 风电' --from 2025 --format json"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok (also when nothing matched)", "2:bad query or missing index"})
final class SearchCommand implements Callable<Integer> {
  enum Format { text, json }

  @Mixin IndexDir index;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Query text.")
  List<String> query;

  @Option(names = "--country", paramLabel = "CODE", description = "Only articles naming this country (ISO 3166-1 alpha-2).")
  String country;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (2025, 2025-07 or 2025-07-01).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (2025, 2025-07 or 2025-07-31).")
  String to;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    SearchQuery q;
    Hits<ArticleHit> hits;
    try {
      q = new SearchQuery(String.join(" ", query), country,
          QueryValues.date("from", from, false), QueryValues.date("to", to, true), limit);
      try (ArticleIndex idx = index.openReadOnly()) {
        hits = idx.search(q);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    PrintStream out = Streams.out();
    if (format == Format.json) {
      out.println(IndexJson.pretty(hits));
      return 0;
    }
    print(out, hits);
    return 0;
  }

  static void print(PrintStream out, Hits<ArticleHit> hits) {
    out.printf("%d article%s%n", hits.total(), hits.total() == 1 ? "" : "s");
    int n = 0;
    for (ArticleHit h : hits.hits()) {
      out.printf("%n%d. %s  [%s%s]  %s%n", ++n, h.article().title() == null ? "(untitled)" : h.article().title(),
          h.article().published() == null ? "no date" : h.article().published(),
          h.countries().isEmpty() ? "" : " · " + String.join(" ", h.countries()),
          h.article().source() == null ? h.article().id() : h.article().source());
      for (Snippet s : h.snippets()) out.printf("   %d-%d  %s%n", s.start(), s.end(), s.marked("【", "】"));
    }
  }
}
