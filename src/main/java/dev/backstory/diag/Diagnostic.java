package dev.backstory.diag;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * A problem found in the user's input, as a value: where, how bad, and what (with a way out
 * where there is one). Bad input never throws; it becomes one of these.
 */
public record Diagnostic(Severity severity, SourcePosition position, String message)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::position)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(SourcePosition position, String format, Object... args) {
    return new Diagnostic(Severity.ERROR, position, String.format(Locale.ROOT, format, args));
  }

  public static Diagnostic warning(SourcePosition position, String format, Object... args) {
    return new Diagnostic(Severity.WARNING, position, String.format(Locale.ROOT, format, args));
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  /** The one-line form editors and their tools parse: {@code file:line:col: error: message}. */
  @Override
  public String toString() {
    return position + ": " + severity.label() + ": " + message;
  }
}
