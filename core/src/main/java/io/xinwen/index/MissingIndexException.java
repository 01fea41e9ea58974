package io.xinwen.index;

import java.nio.file.Path;

/** Thrown when an index is opened for reading where there is none. */
public final class MissingIndexException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public MissingIndexException(Path dir) {
    super("no xinwen index at " + dir + " (build one with: xinwen index --index " + dir + " PATH...)");
  }
}
