package io.xinwen.io;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read from an input: where it came from, its own id (a JSONL line's "id") or
 * null, the raw text after charset decoding, and metadata the input carried (may be null).
 */
public record ArticleInput(String source, String id, String text, LocalDate published, String title) {
  public ArticleInput {
    Objects.requireNonNull(text, "text");
  }

  public static ArticleInput of(String text) {
    return new ArticleInput(null, null, text, null, null);
  }
}
