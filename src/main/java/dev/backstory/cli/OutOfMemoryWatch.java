package dev.backstory.cli;

import java.time.Duration;

/**
 * Whether a thread of this JVM died of running out of memory. A worker that runs out can leave
 * the command failing in a way that no longer says so (the tasks it held are cancelled; a
 * class whose initialiser it was running is "not found" ever after), so the command asks here
 * before calling a failure a bug. The dying thread prints nothing: the command gives the
 * advice, once.
 */
final class OutOfMemoryWatch {

  private static volatile boolean installed;
  private static volatile boolean seen;

  private OutOfMemoryWatch() {}

  /** Watches every thread from now on; other uncaught failures are printed as before. */
  static void install() {
    installed = true;
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (Main.ranOutOfMemory(e)) {
        seen = true;
      } else if (before != null) {
        before.uncaughtException(thread, e);
      } else {
        // What the JVM prints when no handler is set (its own printing would call this one).
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        e.printStackTrace(System.err);
      }
    });
  }

  /**
   * Whether a thread died of running out of memory, waiting up to {@code patience} to hear of
   * one: a pool's worker that dies cancels the tasks it held before it reports why, so the
   * command can find its work cancelled a moment before the report comes.
   */
  static boolean seenWithin(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (installed && !seen && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return seen;
  }
}
