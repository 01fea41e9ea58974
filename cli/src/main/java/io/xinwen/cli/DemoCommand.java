package io.xinwen.cli;

import io.xinwen.index.ArchiveIndexer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xinwen demo}: the main job on the bundled corpus, with an embedded Lucene index. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {"Extract the bundled corpus into a local Lucene index and run sample queries.",
        "Prints counts per country, kind, unit, year and speaker, then sample facts/search results."},
    footer = {"", "Example:", "  ./xinwen demo", "  ./xinwen demo --corpus my-articles/ --index /tmp/my-index"})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
      description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "xinwen-index",
      description = "Where to build the local Lucene index (default: ${DEFAULT-VALUE}).")
  Path index;

  @Override
  public Integer call() {
    PrintStream out = Streams.out();
    if (!Files.isDirectory(corpus)) {
      throw new UsageException(corpus + ": no such corpus folder (run from the repository root or pass --corpus)");
    }
    ArchiveIndexer.Summary summary = IndexDemo.run(corpus, index, out);
    out.println();
    out.println("Next: ./xinwen extract --explain " + corpus + "/<article>.txt   (the full JSON with rule ids)");
    out.println("      ./xinwen facts --index " + index + " --kind quote --country KZ");
    return Skips.report(summary.skipped(), Streams.err());
  }
}
