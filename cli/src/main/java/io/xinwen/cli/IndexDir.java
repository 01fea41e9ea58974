package io.xinwen.cli;

import io.xinwen.index.XinwenIndex;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by index, search, facts and stats. */
final class IndexDir {
  static final String DEFAULT = "xinwen-index";

  @Option(names = "--index", paramLabel = "DIR", defaultValue = DEFAULT,
      description = "Index directory (default: ${DEFAULT-VALUE}).")
  Path dir;

  /** Opens the index for reading; a missing index is a usage error (exit 2). */
  XinwenIndex openReadOnly() {
    try {
      return XinwenIndex.openReadOnly(dir);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
