package dev.backstory.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;

/**
 * Watches source folders, their subfolders included (new ones as they appear), and hands the
 * changed paths to an action once a burst of changes has settled: editors often write a file in
 * several steps, and one rebuild per save is what a writer wants. The folder holding each
 * source folder is watched for that folder alone, so one deleted and made again (as a version
 * control checkout or a sync does), or missing at the start, is watched once it is there.
 */
final class SourceWatcher implements AutoCloseable {

  /** Quiet time after the last change before the action runs. */
  private static final long SETTLE_MILLIS = 25;

  private final WatchService service;
  private final Consumer<Set<Path>> onChange;
  private final Set<Path> roots;
  /** The folders that hold a root and are not in one: only the roots' own events count. */
  private final Set<Path> holders = new HashSet<>();
  private final Set<Path> changed = new HashSet<>();
  private final Thread thread;

  private SourceWatcher(WatchService service, List<Path> roots, Consumer<Set<Path>> onChange) {
    this.service = service;
    this.roots = Set.copyOf(roots);
    this.onChange = onChange;
    this.thread = new Thread(this::loop, "backstory-watcher");
    this.thread.setDaemon(true);
  }

  /** Starts watching {@code roots}, those that exist at once and the others once made. */
  static SourceWatcher start(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
    SourceWatcher watcher = new SourceWatcher(
        roots.get(0).getFileSystem().newWatchService(), roots, onChange);
    for (Path root : roots) {
      Path holder = root.toAbsolutePath().getParent();
      if (holder != null && Files.isDirectory(holder)
          && roots.stream().noneMatch(other -> holder.startsWith(other.toAbsolutePath()))) {
        watcher.holders.add(holder);
        holder.register(watcher.service, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
      if (Files.isDirectory(root)) {
        watcher.registerTree(root);
      }
    }
    watcher.thread.start();
    return watcher;
  }

  private void registerTree(Path root) throws IOException {
    // As the build does, a root that is a symbolic link is walked where it leads, and its
    // folders named under the root given, so changed files are named as the build reads them.
    Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    Files.walkFileTree(start, new SimpleFileVisitor<>() {
      // Each folder is watched before it is listed: a subfolder made in between is then
      // either listed or reported, where listing first could miss it for good.
      @Override
      public FileVisitResult preVisitDirectory(Path found, BasicFileAttributes attributes)
          throws IOException {
        root.resolve(start.relativize(found)).register(service,
            StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY);
        return FileVisitResult.CONTINUE;
      }

      // A folder removed or closed to us while it is walked has nothing to watch.
      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private void loop() {
    try {
      while (true) {
        WatchKey key = service.take();
        handle(key);
        WatchKey next;
        while ((next = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          handle(next);
        }
        Set<Path> paths = Set.copyOf(changed);
        changed.clear();
        // Events beside a root that are not its own (the build's output swapped in next to
        // the content, above all) change nothing to build from.
        if (!paths.isEmpty()) {
          onChange.accept(paths);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: the preview is stopping.
    }
  }

  private void handle(WatchKey key) {
    Path folder = (Path) key.watchable();
    boolean holder = holders.contains(folder);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (holder) {
        handleInHolder(folder, event);
        continue;
      }
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed.add(folder);
      } else if (event.context() instanceof Path name) {
        changed.add(folder.resolve(name));
      }
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && event.context() instanceof Path name && Files.isDirectory(folder.resolve(name))) {
        try {
          registerTree(folder.resolve(name));
        } catch (IOException e) {
          // The folder went away again before it could be watched; nothing to rebuild from it.
        }
      }
    }
    key.reset();
  }

  /** A root made, deleted or moved: named as given, and watched whole once it is back. */
  private void handleInHolder(Path holder, WatchEvent<?> event) {
    for (Path root : roots) {
      boolean itself = event.context() instanceof Path name
          && holder.resolve(name).equals(root.toAbsolutePath());
      if (!itself && event.kind() != StandardWatchEventKinds.OVERFLOW) {
        continue;
      }
      changed.add(root);
      if (event.kind() != StandardWatchEventKinds.ENTRY_DELETE && Files.isDirectory(root)) {
        try {
          registerTree(root);
        } catch (IOException e) {
          // Gone again before it could be watched; its return will be told here too.
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
