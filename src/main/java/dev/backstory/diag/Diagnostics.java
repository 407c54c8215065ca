package dev.backstory.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects the diagnostics of one phase. Safe to share between the threads of a parallel phase;
 * {@link #sorted()} gives a stable order so output does not depend on thread timing.
 */
public final class Diagnostics {

  private final List<Diagnostic> found = new ArrayList<>();
  private final boolean strict;

  public Diagnostics() {
    this(false);
  }

  /** @param strict count every warning added as an error, saying so in its message */
  public Diagnostics(boolean strict) {
    this.strict = strict;
  }

  public synchronized void add(Diagnostic diagnostic) {
    found.add(strict && !diagnostic.isError()
        ? new Diagnostic(Severity.ERROR, diagnostic.position(),
            diagnostic.message() + " (an error under --strict)")
        : diagnostic);
  }

  /**
   * A warning about a site already written and in place. {@code --strict} keeps a build that
   * warns from writing anything; this one is too late for that, so it stays a warning.
   */
  public synchronized void addAfterWriting(Diagnostic warning) {
    found.add(warning);
  }

  public synchronized void addAll(Collection<Diagnostic> diagnostics) {
    diagnostics.forEach(this::add);
  }

  public synchronized boolean hasErrors() {
    return found.stream().anyMatch(Diagnostic::isError);
  }

  public synchronized long errorCount() {
    return found.stream().filter(Diagnostic::isError).count();
  }

  public synchronized long warningCount() {
    return found.size() - errorCount();
  }

  /** Distinct diagnostics, by file, line and column. */
  public synchronized List<Diagnostic> sorted() {
    return found.stream().distinct().sorted().toList();
  }
}
