package io.xinwen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One case of {@code shared/data/extraction-suites/*.jsonl}: input, reference date (date part, or
 * null), and the expected items of its dim ({@code []} = nothing may be extracted).
 */
public record SuiteCase(String id, String suite, String dim, String input, LocalDate reference, List<JsonNode> expected) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The cases of one suite file, empty when the shared folder is absent. */
  public static Optional<List<SuiteCase>> load(String file) {
    Optional<Path> shared = TestPaths.shared();
    if (shared.isEmpty()) return Optional.empty();
    Path p = shared.get().resolve("data/extraction-suites").resolve(file);
    if (!Files.exists(p)) return Optional.empty();
    List<SuiteCase> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (line.isBlank()) continue;
        JsonNode n = JSON.readTree(line);
        String ref = n.path("reference").isTextual() ? n.get("reference").asText() : null;
        List<JsonNode> exp = new ArrayList<>();
        n.path("expected").forEach(exp::add);
        out.add(new SuiteCase(
            n.get("id").asText(), n.get("suite").asText(), n.get("dim").asText(), n.get("input").asText(),
            ref == null ? null : LocalDate.parse(ref.substring(0, 10)), exp));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(out);
  }

  @Override
  public String toString() {
    return id + " " + input;
  }
}
