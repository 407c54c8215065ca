package dev.backstory.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One Backstory process at a time writes an output folder. Without this, a preview left
 * running would go on rewriting pages, drafts included, in a site that a build had just made
 * for publishing. The lock is a file beside the folder ({@code .site.lock} for {@code site/}),
 * held with the system's file lock and deleted on release; a process that was killed leaves a
 * file that no longer locks anything, and the next process takes it over.
 */
public final class OutputLock implements AutoCloseable {

  /** How a lock file begins, so a file of the user's own with that name is never taken. */
  private static final String PREFIX = "Backstory is writing the folder beside this file: ";
  /** The byte locked: past the text, which another process may then read on any system. */
  static final long REGION = Long.MAX_VALUE - 1;
  /**
   * The lock files this process holds, with their text. The system's lock cannot tell this
   * process's holders apart, and closing any other channel to the file would release it.
   */
  private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

  private final Path file;
  private final FileChannel locked;
  private final FileChannel reread;
  private final FileLock lock;
  /** Releases the lock when the process is stopped (Ctrl-C), so its file does not stay. */
  private final Thread onExit = new Thread(this::closeQuietly, "release output lock");

  private OutputLock(Path file, FileChannel locked, FileChannel reread, FileLock lock) {
    this.file = file;
    this.locked = locked;
    this.reread = reread;
    this.lock = lock;
    if (file != null) {
      Runtime.getRuntime().addShutdownHook(onExit);
    }
  }

  /**
   * Takes the lock of {@code output} for this process.
   *
   * @param holder what holds it, as another process's refusal names it, such as
   *     {@code backstory serve}
   * @throws OutputRefused if another process holds it, or a file of that name is not a lock
   */
  public static OutputLock acquire(Path output, String holder) throws IOException, OutputRefused {
    return acquire(output, holder, channel -> channel.tryLock(REGION, 1, false));
  }

  /**
   * How the system's lock is taken. A test stands in a file system that keeps none, or does
   * what another process might between this one's opening the file and locking it.
   */
  @FunctionalInterface
  interface Locking {
    /** The lock, or null if another process holds it. */
    FileLock tryLock(FileChannel channel) throws IOException;
  }

  static OutputLock acquire(Path output, String holder, Locking locking)
      throws IOException, OutputRefused {
    Path absolute = output.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      // The root is no output folder: the build refuses it before writing anything.
      return unguarded();
    }
    Files.createDirectories(parent);
    Path file = parent.resolve("." + absolute.getFileName() + ".lock");
    String claim = PREFIX + holder + ", process " + ProcessHandle.current().pid() + ", since "
        + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "\n"
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + "\n";
    String heldHere = HELD.putIfAbsent(file, claim);
    if (heldHere != null) {
      throw new OutputRefused(inUse(output, heldHere));
    }
    try {
      while (true) {
        FileChannel locked = open(file, output);
        FileLock lock;
        try {
          lock = locking.tryLock(locked);
        } catch (IOException noLocks) {
          // A file system that keeps no locks, as some network shares: the folder is written
          // unguarded, as before there was a lock, and an empty file made here goes.
          boolean madeHere = locked.size() == 0;
          locked.close();
          if (madeHere) {
            Files.deleteIfExists(file);
          }
          HELD.remove(file);
          return unguarded();
        }
        if (lock == null) {
          locked.close();
          throw new OutputRefused(inUse(output, readIfThere(file)));
        }
        String found = read(locked);
        if (!found.isEmpty() && !found.startsWith(PREFIX)) {
          locked.close();
          throw new OutputRefused(file + " exists and is not Backstory's lock file; Backstory "
              + "keeps a file of that name beside " + absolute.getFileName() + "/ while it "
              + "writes there, so move yours or choose another --output");
        }
        locked.truncate(0);
        locked.write(ByteBuffer.wrap(claim.getBytes(StandardCharsets.UTF_8)), 0);
        // The last holder may have deleted the file after this process opened it, and another
        // process made a new one: only reading by name tells. The channel that reads stays open
        // with the lock, because closing it would release the lock.
        FileChannel reread = rereadable(file);
        if (reread != null && claim.equals(read(reread))) {
          // Only a build that held this lock can have left them, and it is gone: a build that
          // fails before writing must not leave them for the next that writes.
          StagedOutput.removeLeftovers(parent, absolute.getFileName().toString());
          return new OutputLock(file, locked, reread, lock);
        }
        if (reread != null) {
          reread.close();
        }
        locked.close();
      }
    } catch (IOException | OutputRefused | RuntimeException e) {
      HELD.remove(file);
      throw e;
    }
  }

  /** A lock that holds nothing, where none can be had. */
  private static OutputLock unguarded() {
    return new OutputLock(null, null, null, null);
  }

  /** Lets the next process in: the file goes while still locked, so none takes it over. */
  @Override
  public synchronized void close() throws IOException {
    if (file == null || !locked.isOpen()) {
      return;
    }
    if (Thread.currentThread() != onExit) {
      try {
        Runtime.getRuntime().removeShutdownHook(onExit);
      } catch (IllegalStateException stopping) {
        // The process is stopping, and the hook will find the lock released.
      }
    }
    try {
      Files.deleteIfExists(file);
    } finally {
      lock.release();
      locked.close();
      reread.close();
      HELD.remove(file);
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      // The system releases the lock as the process ends; the next process takes the file.
    }
  }

  private static FileChannel open(Path file, Path output) throws IOException {
    try {
      return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
    } catch (AccessDeniedException e) {
      throw new AccessDeniedException(file.toString(), null, "permission denied; Backstory "
          + "keeps this lock file beside " + output.toAbsolutePath().normalize().getFileName()
          + "/ while it writes there, so it must be able to create files in " + file.getParent());
    }
  }

  private static FileChannel rereadable(Path file) throws IOException {
    try {
      return FileChannel.open(file, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Why {@code output} is refused, naming the holder if its lock file's text says. */
  private static String inUse(Path output, String lockText) {
    int end = lockText.indexOf('\n');
    String holder = lockText.startsWith(PREFIX) && end > 0
        ? " (" + lockText.substring(PREFIX.length(), end) + ")" : "";
    return output + "/ is being written by another Backstory process" + holder + "; stop it or "
        + "let it finish, or give another --output: two processes writing one folder would mix "
        + "their sites, a preview's drafts included";
  }

  private static String read(FileChannel channel) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
    channel.read(bytes, 0);
    return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
  }

  /** The text of another process's lock file; empty if it is gone or cannot be read. */
  private static String readIfThere(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }
}
