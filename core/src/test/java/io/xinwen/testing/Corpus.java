package io.xinwen.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xinwen.Xinwen;
import io.xinwen.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loads {@code corpus/*.txt} with their {@code *.gold.json} and runs the pipeline on them. */
public final class Corpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpus() {}

  public static List<CorpusCase> cases() {
    Path dir = TestPaths.corpus();
    List<CorpusCase> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        Path gold = dir.resolve(name + ".gold.json");
        if (!Files.exists(gold)) throw new IllegalStateException("corpus article without gold: " + txt);
        out.add(new CorpusCase(name, txt, Files.readString(txt, StandardCharsets.UTF_8), JSON.readTree(gold.toFile())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Runs the pipeline with the gold reference date forced, so extractor scores do not depend on layout. */
  public static Article process(CorpusCase c) {
    return Xinwen.pipeline().referenceDate(c.referenceDate()).build().process(c.raw());
  }
}
