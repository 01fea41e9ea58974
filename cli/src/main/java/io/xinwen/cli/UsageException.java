package io.xinwen.cli;

/** A bad argument found while running a command: printed as one line, exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
