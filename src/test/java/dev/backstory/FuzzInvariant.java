package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.diag.Diagnostic;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The promise every fuzz target checks: whatever the input, each diagnostic points at a real
 * place in the file (line 1 up to one past the last line, column 1 or more).
 */
public final class FuzzInvariant {

  private static final Pattern PRINTED = Pattern.compile("(?m)^(\\S+?):(-?\\d+):(-?\\d+): (error|warning): ");

  /** What a diagnostic quotes of the user's own text: it may say anything, "Exception" too. */
  private static final Pattern QUOTED = Pattern.compile("`[^`\n]*`");

  private FuzzInvariant() {}

  /**
   * That the build reported no internal error and printed no stack trace. The user's text the
   * messages quote is left out of the search: a link to a file named {@code Exception.md} is
   * reported as missing, not as a crash.
   */
  public static void assertNoStackTrace(String stderr) {
    String ours = QUOTED.matcher(stderr).replaceAll("``");
    assertTrue(!ours.contains("Exception") && !ours.contains("\tat ")
        && !ours.contains("internal error"), stderr);
  }

  /** Lines in a text the way an editor numbers them. */
  public static int lineCount(String text) {
    return (int) text.chars().filter(c -> c == '\n').count() + 1;
  }

  public static void assertPositionsWithin(List<Diagnostic> diagnostics, int lines) {
    for (Diagnostic d : diagnostics) {
      assertTrue(d.position().line() >= 1 && d.position().line() <= lines + 1
          && d.position().column() >= 1, () -> "position outside the file: " + d);
    }
  }

  /** The same check on printed output, for diagnostics about {@code file}. */
  public static void assertPrintedPositionsWithin(String stderr, String file, int lines) {
    Matcher m = PRINTED.matcher(stderr);
    while (m.find()) {
      if (!m.group(1).endsWith(file)) {
        continue;
      }
      int line = Integer.parseInt(m.group(2));
      int column = Integer.parseInt(m.group(3));
      assertTrue(line >= 1 && line <= lines + 1 && column >= 1,
          () -> "position outside the file (" + lines + " lines): " + m.group());
    }
  }
}
