package dev.backstory.build;

import dev.backstory.diag.Diagnostic;
import dev.backstory.model.PublicationPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a build went: every diagnostic, sorted, and what was made.
 *
 * @param pages pages written (0 when nothing was written)
 * @param leftOut how many explainers the build left out, by why
 * @param phases how long each phase that ran took, in order
 */
public record BuildReport(
    List<Diagnostic> diagnostics, int explainers, int questions, int topics, int pages,
    Map<PublicationPolicy.Reason, Integer> leftOut, Duration elapsed, List<PhaseTime> phases) {

  /** The time one phase took. */
  public record PhaseTime(String phase, Duration elapsed) {
    public PhaseTime {
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(elapsed, "elapsed");
    }
  }

  public BuildReport {
    diagnostics = List.copyOf(diagnostics);
    leftOut = Map.copyOf(leftOut);
    phases = List.copyOf(phases);
  }

  public BuildReport(List<Diagnostic> diagnostics, int explainers, int questions, int topics,
      int pages, Duration elapsed) {
    this(diagnostics, explainers, questions, topics, pages, Map.of(), elapsed, List.of());
  }

  public boolean succeeded() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  public long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return diagnostics.size() - errorCount();
  }

  /** Distinct files with at least one error, for "3 errors in 2 files". */
  public long filesWithErrors() {
    return diagnostics.stream().filter(Diagnostic::isError)
        .map(d -> d.position().file()).distinct().count();
  }
}
