package dev.backstory.cli;

import dev.backstory.build.Progress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * A counter on one terminal line (explainers read, pages rendered, files zipped), for builds
 * long enough to wonder about. Silent when the output is not a terminal, and for the first
 * second, so quick builds print nothing extra.
 */
final class TerminalProgress implements Progress {

  private static final long QUIET_START_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long started;
  private long lastDrawn;
  /** Whether a counter is on the line, not yet cleared. */
  private boolean drawn;
  /** Whether the work was stopped: after the notice that says so, nothing more is printed. */
  private boolean stopped;

  TerminalProgress(PrintWriter err) {
    this(err, System.console() != null, System::nanoTime);
  }

  /** A counter that draws only if {@code terminal}, timed by {@code clock} in nanoseconds. */
  TerminalProgress(PrintWriter err, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.clock = clock;
    this.started = clock.getAsLong();
  }

  @Override
  public synchronized void advanced(Step step, int done, int total) {
    long now = clock.getAsLong();
    if (stopped || !terminal || now - started < QUIET_START_NANOS
        || (now - lastDrawn < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDrawn = now;
    err.printf(Locale.ROOT, "\r%s: %d/%d", step.label(), done, total);
    drawn = done < total;
    if (!drawn) {
      err.print("\r\033[K");
    }
    err.flush();
  }

  /** Clears a counter left drawn by work stopped part way, and says {@code why}. */
  synchronized void stopped(String why) {
    if (drawn) {
      err.print("\r\033[K");
      drawn = false;
    }
    err.println(why);
    err.flush();
    stopped = true;
  }

  /**
   * Prints the work's last words and returns its exit code, unless the work was stopped: the
   * notice then stays the last line, and what the stopped work says of itself (a write refused
   * because the build was stopped) would only mislead. The process's exit code then tells.
   */
  synchronized int unlessStopped(IntSupplier lastWords) {
    return stopped ? ExitCode.INTERNAL : lastWords.getAsInt();
  }
}
