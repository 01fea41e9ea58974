package io.xinwen.cli;

import io.xinwen.io.InputItem;
import java.io.PrintStream;
import java.util.List;

/** Reports skipped inputs at the end of a batch run and turns them into the exit code. */
final class Skips {
  private Skips() {}

  static int report(List<InputItem.Skipped> skipped, PrintStream err) {
    if (skipped.isEmpty()) return 0;
    err.println("xinwen: skipped " + skipped.size() + " input" + (skipped.size() == 1 ? "" : "s") + ":");
    for (InputItem.Skipped s : skipped) err.println("  " + s.source() + ": " + s.reason());
    return 1;
  }
}
