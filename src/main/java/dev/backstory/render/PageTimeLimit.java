package dev.backstory.render;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * How long one page may take to render, and the timer that stops one that takes longer. A
 * layout can go round without end and write nothing (a {@code #list} of {@code 1..} with an
 * empty body), so {@link PageText}'s length limit never stops it: without this the build, or
 * the preview, would wait for it forever.
 *
 * <p>A page running past its time has its thread interrupted. FreeMarker looks at the flag at
 * the start of every pass through a {@code #list} or {@code #items} body and every call of a
 * macro or function, once {@link TemplateEngine} has had it add those checks, and leaves the
 * template there with an exception. A loop inside one built-in passes no such check, and is
 * not stopped: {@code (1..)?seq_contains(0)}, or {@code (1..)?filter(x -> false)} listed,
 * still holds its thread (FreeMarker has no other way in, and stopping a thread by force can
 * leave what it shares broken).
 *
 * <p>One daemon thread times every page of every build in the process: it sleeps until the
 * next page's time is up, and a page done in time only takes its entry off the queue: about
 * 0.15 microseconds a page, where rendering one takes milliseconds.
 */
final class PageTimeLimit {

  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private final Duration limit;

  PageTimeLimit(Duration limit) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("a page's time limit must be positive: " + limit);
    }
    this.limit = limit;
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "backstory-page-time-limit");
      // Never what keeps the process alive: a build that is done exits at once.
      thread.setDaemon(true);
      return thread;
    });
    // Almost every page finishes in time: its entry leaves the queue then, instead of waiting
    // there for the limit to pass (10,000 pages would keep 10,000 entries).
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  /** Starts timing the page the calling thread is about to render. */
  Watch start() {
    Watch watch = new Watch(Thread.currentThread());
    watch.timer = TIMER.schedule(watch::timeUp, limit.toNanos(), TimeUnit.NANOSECONDS);
    return watch;
  }

  /** The limit as a message says it: "60 seconds", "250 milliseconds". */
  String described() {
    long millis = limit.toMillis();
    return millis % 1000 == 0 ? count(millis / 1000, "second") : count(millis, "millisecond");
  }

  private static String count(long n, String unit) {
    return String.format(Locale.ROOT, "%d %s%s", n, unit, n == 1 ? "" : "s");
  }

  /**
   * One page's time. Closing it, once the page is done however it ended, guarantees the
   * timer interrupts the thread no more, and clears the interrupt it made: the thread goes
   * on to render other pages (it is a pool's), or to wait for the next change to the sources
   * (the preview's), and an interrupt left behind would stop whatever it did next.
   */
  static final class Watch implements AutoCloseable {
    private final Thread thread;
    private ScheduledFuture<?> timer;
    private volatile Environment page;
    /** Guarded by this: the interrupt and the close exclude each other. */
    private boolean over;
    private boolean closed;
    private Optional<TemplateElement> stoppedAt = Optional.empty();

    private Watch(Thread thread) {
      this.thread = thread;
    }

    /** The template processing the page, so that running out of time can say where it was. */
    void follow(Environment page) {
      this.page = page;
    }

    private synchronized void timeUp() {
      if (!closed) {
        over = true;
        stoppedAt = RenderingPlace.of(page);
        thread.interrupt();
      }
    }

    /** Whether the page ran out of time, and its thread was interrupted for it. */
    synchronized boolean over() {
      return over;
    }

    /** Where the template was when its time was up, as far as known. */
    synchronized Optional<TemplateElement> stoppedAt() {
      return stoppedAt;
    }

    @Override
    public void close() {
      timer.cancel(false);
      boolean interrupted;
      synchronized (this) {
        closed = true;
        interrupted = over;
      }
      if (interrupted) {
        // Only the timer's own interrupt: one from elsewhere (a preview that is stopping) is
        // still news to whoever made it.
        Thread.interrupted();
      }
    }
  }
}
