package dev.backstory.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import picocli.CommandLine;

/**
 * The command line. {@link #run} does the work with all I/O passed in and returns the exit
 * code; only {@link #main} exits, and only on failure, because under {@code mvn exec:java}
 * the program shares Maven's JVM and exiting with 0 would cut Maven short.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err, DiagnosticPrinter.terminalWantsColour());
    out.flush();
    err.flush();
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
    // Made before the command runs: once memory has run out, making it could fail too.
    String outOfMemory = "backstory: out of memory: this site needs more than the "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB the JVM may use; give it more "
        + "with -Xmx, for example `java -Xmx4g -jar target/backstory.jar build`, or "
        + "MAVEN_OPTS=-Xmx4g for `mvn exec:java`";
    CommandLine commandLine = new CommandLine(new BackstoryCommand(out, err, colour))
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          if (ranOutOfMemory(e)) {
            err.println(outOfMemory);
            return ExitCode.OUT_OF_MEMORY;
          }
          err.println("backstory: internal error: " + e);
          err.println("This is a bug in Backstory; please report it with the command you ran.");
          return ExitCode.INTERNAL;
        });
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      err.println("backstory: " + e.getMessage());
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
    }
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
