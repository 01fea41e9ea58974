package io.xinwen.cli;

import io.xinwen.Pipeline;
import io.xinwen.Xinwen;
import io.xinwen.io.ArticleReader;
import io.xinwen.io.InputItem;
import io.xinwen.model.Amount;
import io.xinwen.model.Article;
import io.xinwen.model.Country;
import io.xinwen.model.Quote;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xinwen demo}: the main job on the bundled corpus, with a readable summary. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Extract every article of the bundled corpus and print a summary of the facts found.",
    footer = {"", "Example:", "  ./xinwen demo"})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
      description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Override
  public Integer call() {
    PrintStream out = Streams.out();
    if (!Files.isDirectory(corpus)) throw new UsageException(corpus + ": no such corpus folder (run from the repository root or pass --corpus)");
    long t0 = System.nanoTime();
    Pipeline pipeline = Xinwen.pipeline().build();
    List<Article> articles = new ArrayList<>();
    List<InputItem.Skipped> skipped = new ArrayList<>();
    new ArticleReader().read(List.of(corpus.toString()), item -> {
      if (item instanceof InputItem.Loaded l) articles.add(pipeline.process(l.input()));
      else skipped.add((InputItem.Skipped) item);
    });
    double secs = (System.nanoTime() - t0) / 1e9;
    out.printf("Extracted %d articles (%d skipped) from %s in %.1f s%n", articles.size(), skipped.size(), corpus, secs);
    printCounts(out, articles);
    printTopCountries(out, articles);
    printLargestMoney(out, articles);
    printQuotes(out, articles);
    out.println();
    out.println("Next: ./xinwen extract --explain " + corpus + "/<article>.txt   (full JSON with rule ids)");
    return Skips.report(skipped, Streams.err());
  }

  private static void printCounts(PrintStream out, List<Article> articles) {
    Map<String, Integer> byKind = new TreeMap<>();
    int countries = 0;
    int dates = 0;
    int quotes = 0;
    int persons = 0;
    int amounts = 0;
    for (Article a : articles) {
      countries += a.countries().size();
      dates += a.dates().size();
      quotes += a.quotes().size();
      persons += a.persons().size();
      amounts += a.amounts().size();
      for (Amount m : a.amounts()) byKind.merge(m.kind(), 1, Integer::sum);
    }
    StringBuilder kinds = new StringBuilder();
    byKind.forEach((k, v) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    out.printf("  countries %d · amounts %d (%s) · dates %d · quotes %d · persons %d%n",
        countries, amounts, kinds, dates, quotes, persons);
  }

  private static void printTopCountries(PrintStream out, List<Article> articles) {
    Map<String, Integer> docs = new LinkedHashMap<>();
    for (Article a : articles) for (Country c : a.countries()) docs.merge(c.code() + " " + c.name(), 1, Integer::sum);
    out.println();
    out.println("Top countries (articles)");
    docs.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
        .forEach(e -> out.printf("  %s %d%n", Cols.pad(e.getKey(), 16), e.getValue()));
  }

  private static void printLargestMoney(PrintStream out, List<Article> articles) {
    record Row(Amount amount, Article article) {}
    List<Row> rows = new ArrayList<>();
    for (Article a : articles) for (Amount m : a.amounts()) if (m.kind().equals(Amount.MONEY)) rows.add(new Row(m, a));
    rows.sort(Comparator.comparing((Row r) -> r.amount().value()).reversed());
    out.println();
    out.println("Largest money amounts");
    out.printf("  %-18s %-5s %-6s %s %s%n", "VALUE", "UNIT", "APPROX", Cols.pad("TEXT", 16), "ARTICLE");
    for (Row r : rows.subList(0, Math.min(6, rows.size()))) {
      out.printf("  %-18s %-5s %-6s %s %s%n", r.amount().value().toPlainString(), r.amount().unit(),
          r.amount().approx(), Cols.pad(r.amount().text(), 16), name(r.article()));
    }
  }

  private static void printQuotes(PrintStream out, List<Article> articles) {
    out.println();
    out.println("Who said what (sample)");
    int shown = 0;
    for (Article a : articles) {
      for (Quote q : a.quotes()) {
        if (q.speaker() == null || q.speaker().name() == null || shown >= 6) continue;
        String text = Cols.cut(q.text(), 60);
        out.printf("  %s%s: %s%n", q.speaker().name(), q.speaker().country() == null ? "" : " (" + q.speaker().country() + ")", text);
        shown++;
      }
    }
  }

  private static String name(Article a) {
    String s = a.source() == null ? a.id() : Path.of(a.source()).getFileName().toString();
    return s.replaceFirst("\\.txt$", "");
  }
}
