package dev.backstory.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backstory.build.Progress.Step;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What the counter draws on a terminal, and when, with the clock moved by hand. */
class TerminalProgressTest {

  private static final long MS = 1_000_000L;

  private final StringWriter drawn = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  @Test
  void aBuildOverASecondShowsExplainersReadThenPagesRenderedOnOneLine() {
    TerminalProgress progress = new TerminalProgress(new PrintWriter(drawn), true, now::get);
    at(500, () -> progress.advanced(Step.READING, 100, 1000));
    assertEquals("", drawn.toString(), "quiet for the first second");
    at(1000, () -> progress.advanced(Step.READING, 300, 1000));
    at(1050, () -> progress.advanced(Step.READING, 310, 1000));
    assertEquals("\rReading explainers: 300/1000", drawn.toString(),
        "drawn at most ten times a second");
    at(1100, () -> progress.advanced(Step.READING, 320, 1000));
    at(1120, () -> progress.advanced(Step.READING, 1000, 1000));
    at(1130, () -> progress.advanced(Step.RENDERING, 1, 1200));
    at(1300, () -> progress.advanced(Step.RENDERING, 900, 1200));
    at(1310, () -> progress.advanced(Step.RENDERING, 1200, 1200));
    assertEquals("\rReading explainers: 300/1000\rReading explainers: 320/1000"
        + "\rReading explainers: 1000/1000\r\033[K"
        + "\rRendering pages: 900/1200\rRendering pages: 1200/1200\r\033[K", drawn.toString(),
        "each step's last count is drawn and the line cleared after it");
  }

  @Test
  void nothingIsDrawnWhenTheOutputIsNoTerminal() {
    TerminalProgress progress = new TerminalProgress(new PrintWriter(drawn), false, now::get);
    at(5000, () -> progress.advanced(Step.READING, 1, 2));
    at(6000, () -> progress.advanced(Step.READING, 2, 2));
    assertEquals("", drawn.toString());
  }

  @Test
  void workStoppedPartWayClearsItsCounterAndSaysSoOnALineOfItsOwn() {
    TerminalProgress progress = new TerminalProgress(new PrintWriter(drawn), true, now::get);
    at(1500, () -> progress.advanced(Step.READING, 8597, 9006));
    progress.stopped("Stopped.");
    assertEquals("\rReading explainers: 8597/9006\r\033[KStopped." + System.lineSeparator(),
        drawn.toString());
  }

  /**
   * What the build would say after it was stopped (a write refused because it was stopped, a
   * counter) is not printed: the notice stays the last line.
   */
  @Test
  void afterTheStopNoticeTheWorkPrintsNothingMore() {
    PrintWriter err = new PrintWriter(drawn);
    TerminalProgress progress = new TerminalProgress(err, true, now::get);
    assertEquals(3, progress.unlessStopped(() -> {
      err.println("before");
      return 3;
    }));
    progress.stopped("Stopped.");
    progress.unlessStopped(() -> {
      err.println("backstory: error: the build was stopped");
      return 3;
    });
    at(1500, () -> progress.advanced(Step.RENDERING, 10, 20));
    assertEquals("before" + System.lineSeparator() + "Stopped." + System.lineSeparator(),
        drawn.toString());
  }

  private void at(long millis, Runnable call) {
    now.set(millis * MS);
    call.run();
  }
}
