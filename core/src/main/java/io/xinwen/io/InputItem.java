package io.xinwen.io;

/** What reading an input yields: an article to process, or an input skipped with its reason. */
public sealed interface InputItem {
  /** An article read from {@code input.source()}. */
  record Loaded(ArticleInput input) implements InputItem {}

  /** An input (a file, or {@code file:line} of a JSONL archive) that could not be read, and why. */
  record Skipped(String source, String reason) implements InputItem {
    @Override
    public String toString() {
      return source + ": " + reason;
    }
  }
}
