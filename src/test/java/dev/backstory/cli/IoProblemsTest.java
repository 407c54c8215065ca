package dev.backstory.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file system's failure says what went wrong, not only where. */
class IoProblemsTest {

  @Test
  void aFailureTheJdkGivesAsABarePathGetsItsReason(@TempDir Path temp) {
    IOException missing =
        assertThrows(NoSuchFileException.class, () -> Files.readString(temp.resolve("gone.md")));
    assertEquals(temp.resolve("gone.md") + ": no such file or folder",
        IoProblems.describe(missing));
    assertEquals("content/a.md: permission denied",
        IoProblems.describe(new AccessDeniedException("content/a.md")));
  }

  @Test
  void aFailureThatSaysWhyIsLeftAsItIs() {
    assertEquals("site -> old: Device or resource busy",
        IoProblems.describe(new FileSystemException("site", "old", "Device or resource busy")));
    assertEquals("No space left on device",
        IoProblems.describe(new IOException("No space left on device")));
    assertEquals("site: permission denied",
        IoProblems.describe(new NoSuchFileException("site", null, "permission denied")));
  }
}
