package dev.backstory.cli;

import dev.backstory.build.Progress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A page counter on one terminal line, for builds long enough to wonder about. Silent when
 * the output is not a terminal, and for the first second, so quick builds print nothing extra.
 */
final class TerminalProgress implements Progress {

  private static final long QUIET_START_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean terminal = System.console() != null;
  private final long started = System.nanoTime();
  private long lastDrawn;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void pages(int done, int total) {
    long now = System.nanoTime();
    if (!terminal || now - started < QUIET_START_NANOS
        || (now - lastDrawn < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDrawn = now;
    err.printf(Locale.ROOT, "\rRendering pages: %d/%d", done, total);
    if (done == total) {
      err.print("\r\033[K");
    }
    err.flush();
  }
}
