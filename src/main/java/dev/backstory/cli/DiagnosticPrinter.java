package dev.backstory.cli;

import dev.backstory.diag.Diagnostic;
import java.io.PrintWriter;

/**
 * Prints diagnostics as {@code file:line:col: error: message}, with the label coloured only
 * when writing to a terminal (and {@code NO_COLOR} is not set), so logs and editors get plain
 * text.
 */
final class DiagnosticPrinter {

  private static final String RED = "\033[1;31m";
  private static final String YELLOW = "\033[1;33m";
  private static final String RESET = "\033[0m";

  private final PrintWriter err;
  private final boolean colour;

  DiagnosticPrinter(PrintWriter err, boolean colour) {
    this.err = err;
    this.colour = colour;
  }

  /** Colours when the process writes to a terminal and the user has not opted out. */
  static boolean terminalWantsColour() {
    return System.console() != null && System.getenv("NO_COLOR") == null;
  }

  void print(Diagnostic diagnostic) {
    if (!colour) {
      err.println(diagnostic);
      return;
    }
    String label = diagnostic.severity().label();
    err.println(diagnostic.position() + ": " + (diagnostic.isError() ? RED : YELLOW) + label
        + RESET + ": " + diagnostic.message());
  }
}
