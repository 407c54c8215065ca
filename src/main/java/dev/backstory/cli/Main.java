package dev.backstory.cli;

import dev.backstory.build.BuildOptions;
import dev.backstory.diag.Suggestions;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The command line. {@link #run} does the work with all I/O passed in and returns the exit
 * code; only {@link #main} exits, and only on failure, because under {@code mvn exec:java}
 * the program shares Maven's JVM and exiting with 0 would cut Maven short.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // The advice for running out of memory as bytes, and a stream to write them to, made
    // before the command runs: while memory is still short, even printing a message can run
    // out of it.
    byte[] outOfMemory = (outOfMemoryAdvice() + System.lineSeparator())
        .getBytes(StandardCharsets.UTF_8);
    FileOutputStream rawErr = new FileOutputStream(FileDescriptor.err);
    OutOfMemoryWatch.install();
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = run(args, out, err, DiagnosticPrinter.terminalWantsColour());
      out.flush();
      err.flush();
    } catch (OutOfMemoryError e) {
      try {
        rawErr.write(outOfMemory);
      } catch (IOException unwritable) {
        // Nowhere left to say it: the exit code still does.
      }
      code = ExitCode.OUT_OF_MEMORY;
    }
    if (code != ExitCode.OK) {
      System.exit(code);
    }
  }

  /** Runs a command line and returns its exit code (see {@link ExitCode}). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, false);
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, with labels coloured if asked. */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean colour) {
    return run(args, out, err, colour, BuildOptions.PAGE_TIME_LIMIT);
  }

  /**
   * As {@link #run(String[], PrintWriter, PrintWriter, boolean)}, a page stopped once it has
   * rendered for {@code pageTimeLimit}: a test of a layout that never finishes waits less.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean colour,
      Duration pageTimeLimit) {
    // Made before the command runs: once memory has run out, making it could fail too.
    String outOfMemory = outOfMemoryAdvice();
    CommandLine commandLine = new CommandLine(new BackstoryCommand(out, err, colour, pageTimeLimit))
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          if (ranOutOfMemory(e) || OutOfMemoryWatch.seenWithin(Duration.ofSeconds(1))) {
            err.println(outOfMemory);
            return ExitCode.OUT_OF_MEMORY;
          }
          err.println("backstory: internal error: " + e);
          err.println("This is a bug in Backstory; please report it with the command you ran.");
          return ExitCode.INTERNAL;
        });
    // Every command lists -V in its help: each answers it with the tool's version.
    commandLine.getSubcommands().values().forEach(command ->
        command.getCommandSpec().version(commandLine.getCommandSpec().version()));
    commandLine.setExecutionStrategy(parsed -> {
      refuseOpposites(parsed.hasSubcommand() ? parsed.subcommand() : parsed);
      List<CommandLine.Model.OptionSpec> early = optionsBeforeCommand(parsed);
      return early.isEmpty() ? new CommandLine.RunLast().execute(parsed)
          : refuseOptionsBeforeCommand(parsed, early, err);
    });
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      err.println("backstory: " + e.getMessage() + meant(e));
      err.println("Try `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help`.");
      return ExitCode.USAGE;
    });
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // Nothing half-built was swapped in: the staging folder is removed on the way out, and
      // the last good site stays. The message is all the user needs; a stack trace would not
      // say what to do.
      err.println(outOfMemory);
      return ExitCode.OUT_OF_MEMORY;
    } catch (StackOverflowError e) {
      // Errors pass picocli's handler by; this one is a bug, told as one, with no stack trace.
      err.println("backstory: internal error: " + e);
      err.println("This is a bug in Backstory; please report it with the command you ran.");
      return ExitCode.INTERNAL;
    }
  }

  /**
   * {@code --quiet} and {@code --verbose} ask for opposite things: whichever won, what the
   * other asked for would be quietly dropped.
   */
  private static void refuseOpposites(CommandLine.ParseResult command) {
    if (command.hasMatchedOption("--quiet") && command.hasMatchedOption("--verbose")) {
      throw new CommandLine.ParameterException(command.commandSpec().commandLine(),
          "--quiet and --verbose ask for opposite things; give one of them");
    }
  }

  /**
   * The options given before a command ({@code backstory --output x build}): each command has
   * options of its own, so these would set nothing the command reads, and it would run on the
   * default folders. Help and version options are answered wherever they stand.
   */
  private static List<CommandLine.Model.OptionSpec> optionsBeforeCommand(
      CommandLine.ParseResult parsed) {
    return !parsed.hasSubcommand() ? List.of() : parsed.matchedOptions().stream()
        .filter(option -> !option.usageHelp() && !option.versionHelp())
        .toList();
  }

  private static int refuseOptionsBeforeCommand(CommandLine.ParseResult parsed,
      List<CommandLine.Model.OptionSpec> early, PrintWriter err) {
    String command = parsed.subcommand().commandSpec().name();
    List<String> foreign = early.stream()
        .map(CommandLine.Model.OptionSpec::longestName)
        .filter(name -> parsed.subcommand().commandSpec().findOption(name) == null)
        .toList();
    if (!foreign.isEmpty()) {
      err.println("backstory: `" + command + "` takes no " + String.join(" or ", foreign)
          + "; see `backstory " + command + " --help`");
      return ExitCode.USAGE;
    }
    List<String> words = parsed.originalArgs();
    int at = commandIndex(words, command, parsed.commandSpec());
    List<String> reordered = new ArrayList<>(List.of(command));
    reordered.addAll(words.subList(0, at));
    reordered.addAll(words.subList(at + 1, words.size()));
    err.println("backstory: options go after the command they are for; write `backstory "
        + reordered.stream().map(Main::quoted).collect(Collectors.joining(" ")) + "`");
    err.println("Try `backstory " + command + " --help`.");
    return ExitCode.USAGE;
  }

  /** Where the command stands among the words: the first that is not an option's value. */
  private static int commandIndex(List<String> words, String command,
      CommandLine.Model.CommandSpec root) {
    for (int i = 0; i < words.size(); i++) {
      CommandLine.Model.OptionSpec before = i == 0 ? null : root.findOption(words.get(i - 1));
      boolean isValue = before != null && before.arity().max() > 0
          && !words.get(i - 1).contains("=");
      if (words.get(i).equals(command) && !isValue) {
        return i;
      }
    }
    return 0;
  }

  private static String quoted(String word) {
    return word.isEmpty() || word.chars().anyMatch(c -> " '\"\\$`*?;&|<>()".indexOf(c) >= 0)
        ? "'" + word.replace("'", "'\\''") + "'" : word;
  }

  /**
   * The subcommand or option meant by one that is not known, such as {@code build} for
   * {@code biuld}, found as the site's other names are (picocli's own guesses are looser:
   * {@code --content} for {@code --colour}).
   */
  private static String meant(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return "";
    }
    String wrong = unmatched.getUnmatched().get(0);
    CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
    return Suggestions.didYouMean(wrong, new TreeSet<>(wrong.startsWith("-")
        ? spec.optionsMap().keySet() : spec.subcommands().keySet()));
  }

  private static String outOfMemoryAdvice() {
    return outOfMemoryAdvice(Runtime.getRuntime().maxMemory());
  }

  /** @param maxMemory the bytes the JVM may use, which the build ran out of */
  static String outOfMemoryAdvice(long maxMemory) {
    long mebibytes = maxMemory / (1 << 20);
    // More than it had, so the advice never names less memory than the build ran out of.
    long gibibytes = Math.max(4, 2 * Long.highestOneBit(Math.max(1, mebibytes / 1024)));
    return "backstory: out of memory: this site needs more than the " + mebibytes
        + " MiB the JVM may use; give it more with -Xmx, for example `java -Xmx" + gibibytes
        + "g -jar target/backstory.jar build`, or MAVEN_OPTS=-Xmx" + gibibytes + "g for "
        + "`mvn exec:java`; a small site that runs out has a template that keeps adding to a "
        + "list or text without end";
  }

  /**
   * Whether {@code e} is running out of memory in disguise. Short of memory, the JVM may throw
   * one error object again and again; when a resource's close throws it during the same
   * failure, try-with-resources asks it to suppress itself, which throws an
   * IllegalArgumentException caused by the error.
   */
  static boolean ranOutOfMemory(Throwable e) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable cause = e; cause != null && seen.add(cause); cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }
}
