package io.xinwen.cli;

/** Entry point of the {@code xinwen} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.err.println("xinwen: not built yet");
    System.exit(2);
  }
}
