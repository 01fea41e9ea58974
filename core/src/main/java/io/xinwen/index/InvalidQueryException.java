package io.xinwen.index;

/** A query parameter that cannot be used (unknown kind, malformed date or number, unparsable text); names the parameter. */
public final class InvalidQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String parameter;

  public InvalidQueryException(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
  }

  public InvalidQueryException(String parameter, String message, Throwable cause) {
    super(parameter + ": " + message, cause);
    this.parameter = parameter;
  }

  /** The offending parameter, e.g. {@code kind}, {@code from}, {@code text}. */
  public String parameter() {
    return parameter;
  }
}
