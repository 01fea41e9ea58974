package io.xinwen.cli;

import io.xinwen.index.ArticleIndex;
import io.xinwen.index.FactHit;
import io.xinwen.index.FactQuery;
import io.xinwen.index.Hits;
import io.xinwen.index.QueryValues;
import io.xinwen.model.Speaker;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code xinwen facts}: structured queries over indexed facts, with the sentence and article of each hit. */
@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    description = {
      "Find amounts, dates and quotes by kind, country, unit, value, date, speaker.",
      "--country: the sentence names the country, or the quote's speaker is from it.",
      "--from/--to: the fact's date span overlaps the range (a date fact's own value,",
      "  else the dates in its sentence, else the article's date)."
    },
    footer = {"", "Examples:", "  xinwen facts --kind money --unit USD --min 1e9 --country UZ",
        "  xinwen facts --kind quote --country PK --from 2025 --format json",
        "  xinwen facts --kind percent --text 增长 --format csv > growth.csv"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok (also when nothing matched)", "2:bad query or missing index"})
final class FactsCommand implements Callable<Integer> {
  enum Format { table, json, csv }

  @Mixin IndexDir index;

  @Option(names = "--kind", paramLabel = "KIND", description = "money, percent, quantity, date or quote.")
  String kind;

  @Option(names = "--country", paramLabel = "CODE", description = "ISO 3166-1 alpha-2; repeat to require several.")
  List<String> countries = new ArrayList<>();

  @Option(names = "--unit", paramLabel = "U", description = "Unit: USD, CNY, %%, pp, MW, t, 家, …")
  String unit;

  @Option(names = "--min", paramLabel = "V", description = "Smallest value (1e9, 1000000000 or 10亿).")
  String min;

  @Option(names = "--max", paramLabel = "V", description = "Largest value.")
  String max;

  @Option(names = "--from", paramLabel = "DATE", description = "2025, 2025-07 or 2025-07-01.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "2025, 2025-07 or 2025-07-31.")
  String to;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Quote speaker's name, exactly.")
  String speaker;

  @Option(names = "--text", paramLabel = "QUERY", description = "Full-text query over the fact's sentence.")
  String text;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table", description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    Hits<FactHit> hits;
    try {
      FactQuery q = new FactQuery(kind, countries, unit, QueryValues.number("min", min), QueryValues.number("max", max),
          QueryValues.date("from", from, false), QueryValues.date("to", to, true), speaker, text, limit);
      try (ArticleIndex idx = index.openReadOnly()) {
        hits = idx.facts(q);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    PrintStream out = Streams.out();
    switch (format) {
      case json -> out.println(IndexJson.pretty(hits));
      case csv -> csv(out, hits.hits());
      default -> table(out, hits, "");
    }
    return 0;
  }

  private record Column(String name, int width, Function<FactHit, Object> value) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("KIND", 0, FactHit::kind),
      new Column("TEXT", 24, FactHit::text),
      new Column("VALUE", 0, h -> plain(h.value())),
      new Column("UNIT", 0, FactHit::unit),
      new Column("APPROX", 0, FactHit::approx),
      new Column("DATE", 0, FactsCommand::date),
      new Column("COUNTRIES", 0, h -> String.join(" ", h.countries())),
      new Column("SPEAKER", 16, h -> h.speaker() == null ? null : speaker(h.speaker())),
      new Column("SENTENCE", 36, FactHit::sentence),
      new Column("ARTICLE", 28, h -> h.article().title() != null ? h.article().title() : h.article().id()));

  /** Prints the hits as an aligned table, then how many of the total were shown. */
  static void table(PrintStream out, Hits<FactHit> hits, String indent) {
    if (hits.hits().isEmpty()) {
      out.println(indent + "(no facts matched)");
      return;
    }
    TextTable t = new TextTable(COLUMNS.stream().map(Column::name).toList(), COLUMNS.stream().map(Column::width).toList());
    for (FactHit h : hits.hits()) t.row(COLUMNS.stream().map(c -> str(c.value().apply(h))).toList());
    t.print(out, indent);
    if (hits.total() > hits.hits().size()) out.printf("%s… %d of %d facts shown (raise --limit for more)%n", indent, hits.hits().size(), hits.total());
  }

  private static final List<String> CSV_HEADER = List.of("kind", "text", "value", "value_max", "unit", "approx", "date_value",
      "from", "to", "speaker", "speaker_title", "speaker_organization", "speaker_country", "countries", "dates",
      "sentence", "start", "end", "raw_start", "raw_end", "rule", "article_id", "title", "source", "published");

  static void csv(PrintStream out, List<FactHit> hits) {
    out.println(String.join(",", CSV_HEADER));
    for (FactHit h : hits) {
      Speaker s = h.speaker();
      List<Object> row = List.of(nz(h.kind()), nz(h.text()), nz(plain(h.value())), nz(plain(h.valueMax())), nz(h.unit()),
          nz(h.approx()), nz(h.dateValue()), nz(h.from()), nz(h.to()),
          nz(s == null ? null : s.name()), nz(s == null ? null : s.title()), nz(s == null ? null : s.organization()),
          nz(s == null ? null : s.country()), String.join(";", h.countries()), String.join(";", h.dates()),
          nz(h.sentence()), h.start(), h.end(), h.rawStart(), h.rawEnd(), nz(h.rule()),
          nz(h.article().id()), nz(h.article().title()), nz(h.article().source()), nz(h.article().published()));
      StringBuilder sb = new StringBuilder();
      for (Object o : row) sb.append(sb.length() == 0 ? "" : ",").append(csvCell(o.toString()));
      out.println(sb);
    }
  }

  private static String csvCell(String s) {
    if (s.isEmpty() || s.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static Object nz(Object o) {
    return o == null ? "" : o;
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  private static String plain(BigDecimal v) {
    return v == null ? null : v.stripTrailingZeros().toPlainString();
  }

  private static String date(FactHit h) {
    if (h.dateValue() != null) return h.dateValue();
    if (h.from() == null) return null;
    return h.from().equals(h.to()) ? h.from().toString() : h.from() + "/" + h.to();
  }

  private static String speaker(Speaker s) {
    StringBuilder sb = new StringBuilder();
    if (s.name() != null) sb.append(s.name());
    else if (s.title() != null) sb.append(s.title());
    if (s.country() != null) sb.append(" (").append(s.country()).append(')');
    return sb.toString();
  }
}
