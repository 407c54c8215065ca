package dev.backstory.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One holder of an output folder at a time; what the lock leaves beside the folder. */
class OutputLockTest {

  @TempDir Path temp;

  @Test
  void aSecondHolderIsRefusedWithTheFirstNamedUntilItLetsGo() throws Exception {
    Path site = temp.resolve("site");
    try (OutputLock first = OutputLock.acquire(site, "backstory serve")) {
      OutputRefused refused = assertThrows(OutputRefused.class,
          () -> OutputLock.acquire(site, "backstory build"));
      assertTrue(refused.getMessage().startsWith(site + "/ is being written by another "
          + "Backstory process (backstory serve, process " + ProcessHandle.current().pid()
          + ", since "), refused.getMessage());
      assertEquals(List.of(".site.lock"), besideSite());
    }
    assertEquals(List.of(), besideSite(), "the lock file goes with the lock");
    try (OutputLock again = OutputLock.acquire(site, "backstory build")) {
      assertEquals(List.of(".site.lock"), besideSite());
    }
    assertEquals(List.of(), besideSite());
  }

  @Test
  void foldersOfOtherNamesHaveLocksOfTheirOwn() throws Exception {
    try (OutputLock site = OutputLock.acquire(temp.resolve("site"), "backstory serve");
        OutputLock preview = OutputLock.acquire(temp.resolve("preview"), "backstory build")) {
      assertEquals(List.of(".preview.lock", ".site.lock"), besideSite());
    }
  }

  @Test
  void theLockFileOfAProcessThatWasKilledIsTakenOverAndRemoved() throws Exception {
    Path lockFile = temp.resolve(".site.lock");
    Files.writeString(lockFile, "Backstory is writing the folder beside this file: "
        + "backstory build, process 1, since 09:00:00\nabc\n");
    try (OutputLock lock = OutputLock.acquire(temp.resolve("site"), "backstory build")) {
      assertTrue(Files.readString(lockFile).contains("backstory build, process "
          + ProcessHandle.current().pid()), "the file now names this process");
    }
    assertFalse(Files.exists(lockFile));
  }

  @Test
  void aFileOfTheUsersOwnWithTheLockFilesNameIsLeftAsItWas() throws Exception {
    Path mine = temp.resolve(".site.lock");
    Files.writeString(mine, "my notes\n");
    OutputRefused refused = assertThrows(OutputRefused.class,
        () -> OutputLock.acquire(temp.resolve("site"), "backstory build"));
    assertEquals(mine + " exists and is not Backstory's lock file; Backstory keeps a file of "
        + "that name beside site/ while it writes there, so move yours or choose another "
        + "--output", refused.getMessage());
    assertEquals("my notes\n", Files.readString(mine));
    // Refused, it holds nothing: once the file is moved, the folder can be written.
    Files.delete(mine);
    OutputLock.acquire(temp.resolve("site"), "backstory build").close();
  }

  @Test
  void onAFileSystemThatKeepsNoLocksTheFolderIsWrittenUnguardedAndNoFileIsLeft()
      throws Exception {
    OutputLock.Locking none = channel -> {
      throw new java.io.IOException("No locks available");
    };
    try (OutputLock lock = OutputLock.acquire(temp.resolve("site"), "backstory build", none)) {
      assertEquals(List.of(), besideSite(), "the empty lock file made is removed");
    }
    try (OutputLock again = OutputLock.acquire(temp.resolve("site"), "backstory build", none)) {
      assertEquals(List.of(), besideSite(), "and nothing is held in this process either");
    }
    Files.writeString(temp.resolve(".site.lock"), "my notes\n");
    OutputLock.acquire(temp.resolve("site"), "backstory build", none).close();
    assertEquals("my notes\n", Files.readString(temp.resolve(".site.lock")),
        "a file of the user's own is never deleted");
  }

  private List<String> besideSite() throws Exception {
    try (Stream<Path> files = Files.list(temp)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
