package dev.backstory.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

  /**
   * Short of memory, the JVM may throw the same error object twice: from a block and from the
   * close of its resource. The command must still say that memory ran out, not report a bug.
   */
  @Test
  void runningOutOfMemoryIsRecognisedWhenTryWithResourcesTurnsItIntoAnotherException() {
    OutOfMemoryError shared = new OutOfMemoryError("Java heap space");
    Throwable thrown = null;
    try (AutoCloseable resource = () -> {
      throw shared;
    }) {
      throw shared;
    } catch (Throwable e) {
      thrown = e;
    }
    assertInstanceOf(IllegalArgumentException.class, thrown);
    assertTrue(Main.ranOutOfMemory(thrown));
    assertTrue(Main.ranOutOfMemory(shared));
    assertTrue(Main.ranOutOfMemory(new UncheckedIOException(new IOException(shared))));
  }

  /** The advice names more memory than the build ran out of, whatever that was. */
  @ParameterizedTest
  @CsvSource({"40, 4", "1024, 4", "3500, 4", "4096, 8", "6028, 8", "9000, 16"})
  void runningOutOfMemoryAdvisesMoreThanTheBuildHad(long mebibytes, int advisedGibibytes) {
    String advice = Main.outOfMemoryAdvice(mebibytes << 20);
    assertTrue(advice.contains("needs more than the " + mebibytes + " MiB")
        && advice.contains("`java -Xmx" + advisedGibibytes + "g -jar")
        && advice.endsWith("a template that keeps adding to a list or text without end"), advice);
  }

  @Test
  void otherFailuresAreNotTakenForRunningOutOfMemory() {
    assertFalse(Main.ranOutOfMemory(new IllegalStateException("a bug")));
    assertFalse(Main.ranOutOfMemory(new UncheckedIOException(new IOException("disk full"))));
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);
    assertFalse(Main.ranOutOfMemory(second), "a cycle of causes ends the search");
  }
}
