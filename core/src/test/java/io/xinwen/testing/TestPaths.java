package io.xinwen.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where tests find the repository's corpus and the project's {@code ../shared} folder. */
public final class TestPaths {
  private TestPaths() {}

  /** The repository root: the nearest folder up from the working directory holding corpus/ and core/. */
  public static Path repoRoot() {
    Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path d = p; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("corpus")) && Files.isDirectory(d.resolve("core"))) return d;
    }
    throw new IllegalStateException("no repository root above " + p);
  }

  public static Path corpus() {
    return repoRoot().resolve("corpus");
  }

  /** The shared folder beside the repository (or -Dxinwen.shared=DIR), empty when absent. */
  public static Optional<Path> shared() {
    String prop = System.getProperty("xinwen.shared");
    Path dir = prop != null ? Path.of(prop) : repoRoot().resolveSibling("shared");
    if (!Files.isDirectory(dir)) {
      // a git worktree under /work/wt/NAME: look beside the main checkout too
      dir = repoRoot().getParent().resolveSibling("shared");
    }
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }
}
