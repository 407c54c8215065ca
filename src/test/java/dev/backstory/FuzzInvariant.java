package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.diag.Diagnostic;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The promise every fuzz target checks: whatever the input, each diagnostic points at a real
 * place in the file (line 1 up to one past the last line, column 1 or more), and nothing
 * breaks inside the build.
 */
public final class FuzzInvariant {

  private static final Pattern PRINTED = Pattern.compile("(?m)^(\\S+?):(-?\\d+):(-?\\d+): (error|warning): ");

  private FuzzInvariant() {}

  /** That the build printed no stack trace, no exception and no internal error. */
  public static void assertNoStackTrace(String stderr) {
    assertNoStackTrace(stderr, "");
  }

  /**
   * As {@link #assertNoStackTrace(String)}, for a build of {@code input}. Messages quote the
   * user's text, so a sign the input itself holds (a link to {@code Exception.md}, reported as
   * missing) proves nothing and is not looked for; the others still are.
   */
  public static void assertNoStackTrace(String stderr, String input) {
    for (String sign : List.of("Exception", "\tat ", "internal error")) {
      assertTrue(!stderr.contains(sign) || input.contains(sign),
          () -> "printed `" + sign + "`: " + stderr);
    }
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
