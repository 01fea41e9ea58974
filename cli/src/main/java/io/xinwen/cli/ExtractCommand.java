package io.xinwen.cli;

import io.xinwen.Pipeline;
import io.xinwen.Xinwen;
import io.xinwen.io.ArticleReader;
import io.xinwen.io.InputItem;
import io.xinwen.json.ArticleJson;
import io.xinwen.model.Article;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xinwen extract}: prints the contract JSON of each input article. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Print the extraction contract JSON (schema 1) of each article.",
      "PATH is a text file, a directory (*.txt, *.jsonl and their .gz, recursively), a JSONL file",
      "of {\"id\", \"text\", \"published\", \"title\", \"source\"} lines, or - for standard input."
    },
    footer = {"", "Examples:", "  xinwen extract --date 2025-08-28 article.txt",
        "  xinwen extract --format jsonl corpus/ > facts.jsonl", "  cat article.txt | xinwen extract --explain -"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input processed", "1:some inputs skipped (listed at the end)", "2:usage error"})
final class ExtractCommand implements Callable<Integer> {
  enum Format { json, jsonl }

  @Option(names = "--date", converter = DateConverter.class, paramLabel = "YYYY-MM-DD",
      description = "Reference date for relative dates (default: the article's own date, else none).")
  LocalDate date;

  @Option(names = "--format", paramLabel = "json|jsonl",
      description = "json: one indented object for a single article; jsonl: one object per line (default for several).")
  Format format;

  @Option(names = "--explain", description = "Add the id of the rule behind each fact.")
  boolean explain;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Inputs: files, directories, .jsonl, .gz, or -.")
  List<String> paths;

  @Override
  public Integer call() {
    PrintStream out = Streams.out();
    Pipeline pipeline = Xinwen.pipeline().referenceDate(date).build();
    ArticleJson json = new ArticleJson(explain);
    List<InputItem.Skipped> skipped = new ArrayList<>();
    Article[] held = {null};
    int[] count = {0};
    new ArticleReader().read(paths, item -> {
      if (item instanceof InputItem.Skipped s) {
        skipped.add(s);
        return;
      }
      Article a = pipeline.process(((InputItem.Loaded) item).input());
      count[0]++;
      if (format == Format.jsonl) {
        print(json, a, out, false);
      } else if (count[0] == 1) {
        held[0] = a; // a single article is printed indented; wait to see if another follows
      } else {
        if (held[0] != null) print(json, held[0], out, false);
        held[0] = null;
        print(json, a, out, false);
      }
    });
    if (held[0] != null) print(json, held[0], out, true);
    return Skips.report(skipped, Streams.err());
  }

  /** Streams one article's JSON (no tree in memory) and ends the line. */
  private static void print(ArticleJson json, Article a, PrintStream out, boolean pretty) {
    try {
      json.write(a, out, pretty);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
