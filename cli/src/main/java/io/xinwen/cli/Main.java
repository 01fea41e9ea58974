package io.xinwen.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code xinwen} command line. */
@Command(
    name = "xinwen",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Typed, searchable facts from Chinese news articles.",
    subcommands = {
      ExtractCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      FactsCommand.class,
      StatsCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Example:", "  xinwen extract --date 2025-08-28 article.txt"})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (extract, demo, …)");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams and returns the exit code (0 ok, 1 inputs skipped, 2 usage). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("xinwen: " + ex.getMessage());
      err.println("Try 'xinwen " + commandName(ex) + "--help' for usage.");
      return 2;
    });
    cl.setExecutionExceptionHandler((ex, c, parse) -> {
      if (ex instanceof UsageException) {
        err.println("xinwen: " + ex.getMessage());
        return 2;
      }
      err.println("xinwen: " + ex);
      return 3;
    });
    Streams.set(out, err);
    return cl.execute(args);
  }

  private static String commandName(CommandLine.ParameterException ex) {
    String name = ex.getCommandLine().getCommandName();
    return name.equals("xinwen") ? "" : name + " ";
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"xinwen " + (v == null ? "dev" : v)};
    }
  }
}
