package dev.backstory.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * The write phase: a new site is written into a staging folder beside the output folder and
 * swapped in only when the whole build succeeded, so a failed or interrupted build leaves the
 * last good site as it was. The output folder carries a marker file; a folder without it is
 * never cleared, so a mistyped {@code --output} cannot delete the user's files.
 */
public final class StagedOutput implements AutoCloseable {

  /** The file that marks a folder as Backstory's output. */
  public static final String MARKER = ".backstory-output";

  private final Path output;
  private final Path staging;
  private final Set<Path> createdFolders = ConcurrentHashMap.newKeySet();
  /** Every file written, as output paths: listing them costs no walk over the folder. */
  private final Set<String> written = ConcurrentHashMap.newKeySet();
  private boolean committed;
  /** Set when the process is stopped mid-build: nothing more is written into staging. */
  private volatile boolean abandoned;
  /**
   * Held shared by each write into staging and alone by {@link #abandon}: a write already past
   * its check when the process is stopped would otherwise make its folder again after the
   * staging folder was deleted.
   */
  private final ReentrantReadWriteLock writing = new ReentrantReadWriteLock();
  /** Throws the staging folder away when the process is stopped (Ctrl-C) before the swap. */
  private final Thread onExit = new Thread(this::abandon, "remove staging folder");

  /**
   * Makes the staging folder. The hook that removes it is in place first, and waits for the
   * folder to be made: a build stopped in between would otherwise leave it behind.
   */
  private StagedOutput(Path output) throws IOException {
    this.output = output;
    Path made = null;
    writing.readLock().lock();
    try {
      Runtime.getRuntime().addShutdownHook(onExit);
      made = createStaging(output.getParent(), output.getFileName().toString());
      Files.writeString(made.resolve(MARKER), "This folder is written by Backstory. "
          + "Each build replaces it whole; do not keep your own files here.\n");
    } catch (IllegalStateException stopping) {
      throw new IOException("the build was stopped");
    } catch (IOException | RuntimeException e) {
      removeHook();
      if (made != null) {
        deleteTree(made);
      }
      throw e;
    } finally {
      staging = made;
      writing.readLock().unlock();
    }
  }

  /**
   * Starts a build's output. Leftovers of earlier interrupted builds are removed first.
   *
   * @throws OutputRefused if {@code output} exists and is not a Backstory output folder
   */
  public static StagedOutput open(Path output) throws IOException, OutputRefused {
    check(output);
    Path absolute = output.toAbsolutePath().normalize();
    Files.createDirectories(absolute.getParent());
    removeLeftovers(absolute.getParent(), absolute.getFileName().toString());
    return new StagedOutput(absolute);
  }

  /**
   * Refuses an output that a build must not replace: a symbolic link, a file, or a folder
   * Backstory did not write.
   *
   * @throws OutputRefused saying why
   */
  public static void check(Path output) throws IOException, OutputRefused {
    Path absolute = output.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(absolute)) {
      // Swapping a new folder in would replace the link, not fill the folder it points at.
      throw new OutputRefused(output + " is a symbolic link to " + Files.readSymbolicLink(absolute)
          + "; the build replaces its output folder whole, so give that folder as --output");
    }
    if (Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputRefused(output + " is a file; --output names the folder the site "
          + "is written to");
    }
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !isOurs(absolute)) {
      throw new OutputRefused(output + " exists and was not written by Backstory (it has no "
          + MARKER + " file); choose another --output or empty it yourself");
    }
  }

  /** Writes one file, given by its path in the output with {@code /} separators. */
  public void write(String outputPath, byte[] content) throws IOException {
    writing.readLock().lock();
    try {
      Files.write(create(outputPath), content);
    } catch (IOException e) {
      throw naming(outputPath, e);
    } finally {
      writing.readLock().unlock();
    }
  }

  /** Opens a file in the output for writing, for files too large to hold in memory. */
  public OutputStream open(String outputPath) throws IOException {
    OutputStream file;
    writing.readLock().lock();
    try {
      file = Files.newOutputStream(create(outputPath));
    } finally {
      writing.readLock().unlock();
    }
    return new BufferedOutputStream(new FilterOutputStream(file) {
      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        writing.readLock().lock();
        try {
          checkNotAbandoned();
          out.write(bytes, offset, length);
        } catch (IOException e) {
          throw naming(outputPath, e);
        } finally {
          writing.readLock().unlock();
        }
      }

      @Override
      public void close() throws IOException {
        try {
          out.close();
        } catch (IOException e) {
          throw naming(outputPath, e);
        }
      }
    }, 1 << 16);
  }

  /**
   * The error with the file it happened to: a full disk or a file-size limit reports only
   * "No space left on device" or "File too large".
   */
  private IOException naming(String outputPath, IOException e) {
    return e instanceof FileSystemException ? e
        : new IOException("could not write " + output.resolve(outputPath) + ": " + e.getMessage(),
            e);
  }

  /** Copies a file into the output. */
  public void copy(Path source, String outputPath) throws IOException {
    writing.readLock().lock();
    try {
      Files.copy(source, create(outputPath), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      writing.readLock().unlock();
    }
  }

  /** Every file written so far, as output paths in sorted order; the marker is not one. */
  public java.util.List<String> files() {
    return written.stream().sorted().toList();
  }

  /** Reads back a file written earlier in this build. */
  public byte[] read(String outputPath) throws IOException {
    writing.readLock().lock();
    try {
      return Files.readAllBytes(prepare(outputPath));
    } finally {
      writing.readLock().unlock();
    }
  }

  /** Whether a file was written at this output path in this build. */
  public boolean exists(String outputPath) {
    Path target = staging.resolve(outputPath).normalize();
    return target.startsWith(staging) && Files.isRegularFile(target);
  }

  /**
   * Swaps the new site in: two renames, then the old site is deleted.
   *
   * @return why the old site, already out of the way, could not be deleted, if it could not:
   *     the new site is in place all the same
   */
  public synchronized Optional<String> commit() throws IOException {
    if (abandoned) {
      throw new IOException("the build was stopped before the new site was swapped in");
    }
    Path old = null;
    if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      old = output.resolveSibling("." + output.getFileName() + ".old-" + System.nanoTime());
      Files.move(output, old);
    }
    Files.move(staging, output);
    committed = true;
    if (old != null) {
      try {
        deleteTree(old);
      } catch (IOException e) {
        return Optional.of(e.getMessage());
      }
    }
    return Optional.empty();
  }

  /** Throws the staging folder away unless the build was committed. */
  @Override
  public synchronized void close() throws IOException {
    removeHook();
    if (!committed) {
      deleteTree(staging);
    }
  }

  /**
   * Stops the writing and deletes the staging folder, unless the swap came first. The writes
   * under way finish first; every later one finds the build stopped.
   */
  private void abandon() {
    abandoned = true;
    try {
      // A write stuck on a slow disk must not keep the process from ending; what it leaves,
      // the next build removes.
      if (!writing.writeLock().tryLock(10, TimeUnit.SECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      return;
    }
    try {
      synchronized (this) {
        if (!committed && staging != null) {
          deleteTree(staging);
        }
      }
    } catch (IOException e) {
      // Anything left, the next build removes.
    } finally {
      writing.writeLock().unlock();
    }
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException stopping) {
      // The process is stopping; the hook finds the staging folder gone or takes it.
    }
  }

  private void checkNotAbandoned() throws IOException {
    if (abandoned) {
      throw new IOException("the build was stopped");
    }
  }

  /** Where a file is about to be written at this output path, noted as written. */
  private Path create(String outputPath) throws IOException {
    Path target = prepare(outputPath);
    written.add(staging.relativize(target).toString().replace('\\', '/'));
    return target;
  }

  private Path prepare(String outputPath) throws IOException {
    checkNotAbandoned();
    Path target = staging.resolve(outputPath).normalize();
    if (!target.startsWith(staging) || target.equals(staging)) {
      throw new IllegalArgumentException("not inside the output: " + outputPath);
    }
    Path folder = target.getParent();
    // Mark the folder as made only once it exists: pages are written from several threads, and
    // a thread that saw the mark before the folder was there would fail to write its page.
    if (!createdFolders.contains(folder)) {
      Files.createDirectories(folder);
      createdFolders.add(folder);
    }
    return target;
  }

  private static boolean isOurs(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (Files.exists(folder.resolve(MARKER))) {
      return true;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }

  /**
   * A new, empty staging folder beside the output, with the permissions any new folder gets
   * here. A temporary folder would be readable by its owner alone, and the site folder that it
   * becomes would keep a web server reading as another user from every page.
   */
  private static Path createStaging(Path parent, String name) throws IOException {
    while (true) {
      Path staging = parent.resolve("." + name + ".staging-" + Long.toUnsignedString(
          ThreadLocalRandom.current().nextLong(), 36));
      try {
        return Files.createDirectory(staging);
      } catch (FileAlreadyExistsException taken) {
        // a name already taken: draw another
      } catch (AccessDeniedException e) {
        throw new AccessDeniedException(parent.toString(), null, "permission denied; the site "
            + "is built in a new folder beside " + name + "/ and swapped in whole, so the build "
            + "must be able to create folders in " + parent);
      }
    }
  }

  /** Removes staging and old folders of builds that were killed before they could clean up. */
  static void removeLeftovers(Path parent, String name) throws IOException {
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent,
        "." + name + ".{staging,old}-*")) {
      for (Path leftover : siblings) {
        if (Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS) && isOurs(leftover)) {
          try {
            deleteTree(leftover);
          } catch (IOException e) {
            // Not in the way of this build, whose folders have names of their own; the build
            // that left it has said why it could not be deleted.
          }
        }
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /**
   * Copies a folder tree (such as the theme's assets) into the output under {@code prefix},
   * following symbolic links: where they may lead is checked before anything is written.
   * Hidden files and folders, whose names start with {@code .} (an editor's swap file, a
   * version control folder), are left out.
   */
  public void copyTree(Path source, String prefix) throws IOException {
    if (!Files.isDirectory(source)) {
      return;
    }
    try (Stream<Path> files = Files.walk(source, FileVisitOption.FOLLOW_LINKS)) {
      files.filter(Files::isRegularFile).sorted().forEach(file -> {
        String relative = source.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith(".") || relative.contains("/.")) {
          return;
        }
        try {
          copy(file, prefix + relative);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
