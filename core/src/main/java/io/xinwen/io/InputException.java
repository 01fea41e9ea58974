package io.xinwen.io;

/** A bad input: names the file (and line) and says what is wrong with it. */
public final class InputException extends RuntimeException {
  private final String source;
  private final String reason;

  public InputException(String source, String reason) {
    super(source + ": " + reason);
    this.source = source;
    this.reason = reason;
  }

  public String source() {
    return source;
  }

  public String reason() {
    return reason;
  }
}
