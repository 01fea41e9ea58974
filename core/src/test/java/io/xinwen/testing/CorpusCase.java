package io.xinwen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;

/** One corpus article: its name, the raw text as read, and its gold annotation. */
public record CorpusCase(String name, Path path, String raw, JsonNode gold) {
  /** The gold reference date, or null. */
  public LocalDate referenceDate() {
    JsonNode n = gold.path("referenceDate");
    return n.isTextual() ? LocalDate.parse(n.asText()) : null;
  }

  @Override
  public String toString() {
    return name;
  }
}
