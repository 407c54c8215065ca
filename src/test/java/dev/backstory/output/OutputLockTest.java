package dev.backstory.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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

  /**
   * The last holder deletes its lock file while still locking it. A process that opened the
   * file just before that then locks a file that has no name any more: it must see so and
   * start again with a new file. The seam runs between this process's opening and locking,
   * where the deletion would fall.
   */
  @Test
  void aLockFileDeletedBetweenOpeningAndLockingIsMadeAgain() throws Exception {
    Path lockFile = temp.resolve(".site.lock");
    AtomicInteger tries = new AtomicInteger();
    OutputLock.Locking deletedOnce = channel -> {
      if (tries.incrementAndGet() == 1) {
        Files.delete(lockFile);
      }
      return channel.tryLock(OutputLock.REGION, 1, false);
    };
    try (OutputLock lock = OutputLock.acquire(temp.resolve("site"), "backstory build",
        deletedOnce)) {
      assertEquals(2, tries.get(), "locking a file without a name, it started again");
      assertTrue(Files.readString(lockFile).contains("backstory build, process "
          + ProcessHandle.current().pid()), "the file by that name is this process's");
      assertThrows(OutputRefused.class,
          () -> OutputLock.acquire(temp.resolve("site"), "backstory serve"));
    }
    assertEquals(List.of(), besideSite());
  }

  /**
   * As above, but another process made the file again and locked it first: this process must
   * not take the folder, and must name the other.
   */
  @Test
  void aLockFileMadeAgainByAnotherProcessInTheMeantimeIsTheirs() throws Exception {
    Path lockFile = temp.resolve(".site.lock");
    String theirs = "Backstory is writing the folder beside this file: backstory serve, "
        + "process 4321, since 14:02:11\nxyz\n";
    AtomicInteger tries = new AtomicInteger();
    List<FileChannel> other = new ArrayList<>();
    OutputLock.Locking overtaken = channel -> {
      if (tries.incrementAndGet() == 1) {
        Files.delete(lockFile);
        FileChannel made = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        other.add(made);
        made.lock(OutputLock.REGION, 1, false);
        made.write(ByteBuffer.wrap(theirs.getBytes(StandardCharsets.UTF_8)));
      }
      try {
        return channel.tryLock(OutputLock.REGION, 1, false);
      } catch (OverlappingFileLockException heldInThisJvm) {
        // What the system answers when another process holds the lock.
        return null;
      }
    };
    try {
      OutputRefused refused = assertThrows(OutputRefused.class,
          () -> OutputLock.acquire(temp.resolve("site"), "backstory build", overtaken));
      assertTrue(refused.getMessage().contains("(backstory serve, process 4321, since "
          + "14:02:11)"), refused.getMessage());
      assertEquals(theirs, Files.readString(lockFile), "their file is left as it is");
    } finally {
      other.get(0).close();
    }
  }

  private List<String> besideSite() throws Exception {
    try (Stream<Path> files = Files.list(temp)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
