package dev.backstory.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's watcher on a real file system: a change is named as the build names the file,
 * under the folder the preview was given, even when that folder is a symbolic link to another;
 * and a folder made while watching is watched too.
 */
class SourceWatcherTest {

  @TempDir Path temp;

  /** The paths reported until {@code expected} is among them; fails after ten seconds. */
  private static Set<Path> awaitChange(BlockingQueue<Set<Path>> changes, Path expected)
      throws InterruptedException {
    Set<Path> seen = new HashSet<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!seen.contains(expected) && System.nanoTime() < deadline) {
      Set<Path> batch = changes.poll(200, TimeUnit.MILLISECONDS);
      if (batch != null) {
        seen.addAll(batch);
      }
    }
    assertTrue(seen.contains(expected), expected + " not among " + seen);
    return seen;
  }

  @Test
  void aContentFolderThatIsALinkHasItsChangesNamedUnderTheLink() throws Exception {
    Path real = Files.createDirectories(temp.resolve("shared-drive/explainers/2023"));
    Path content = Files.createSymbolicLink(temp.resolve("content"), real.getParent());
    BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
    try (SourceWatcher watcher = SourceWatcher.start(List.of(content), changes::add)) {
      // Written where the link leads, as an editor that resolves links would.
      Files.writeString(real.resolve("a.md"), "edited");
      Set<Path> seen = awaitChange(changes, content.resolve("2023/a.md"));
      assertTrue(seen.stream().allMatch(path -> path.startsWith(content)), seen.toString());
    }
  }

  @Test
  void aFolderMadeWhileWatchingIsWatchedToo() throws Exception {
    Path content = Files.createDirectories(temp.resolve("content"));
    BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
    try (SourceWatcher watcher = SourceWatcher.start(List.of(content), changes::add)) {
      Path folder = Files.createDirectories(content.resolve("2024/march"));
      awaitChange(changes, content.resolve("2024"));
      // The new folder's own watch is in place once its creation has been handled.
      Files.writeString(folder.resolve("b.md"), "new");
      awaitChange(changes, folder.resolve("b.md"));
    }
  }

  /**
   * A content folder deleted and made again, as a checkout or a sync does, is watched again;
   * one missing at the start is watched once made; a folder made beside it is not reported.
   */
  @Test
  void aContentFolderDeletedAndMadeAgainIsWatchedAgain() throws Exception {
    Path content = Files.createDirectories(temp.resolve("content"));
    Path templates = temp.resolve("templates");
    BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
    try (SourceWatcher watcher = SourceWatcher.start(List.of(content, templates), changes::add)) {
      Files.createDirectories(temp.resolve("site"));
      Files.delete(content);
      Set<Path> seen = awaitChange(changes, content);
      assertTrue(seen.stream().noneMatch(path -> path.startsWith(temp.resolve("site"))), seen.toString());
      Files.createDirectories(content);
      awaitChange(changes, content);
      Files.writeString(content.resolve("a.md"), "back");
      awaitChange(changes, content.resolve("a.md"));

      Files.createDirectories(templates);
      awaitChange(changes, templates);
      Files.writeString(templates.resolve("layout.ftlh"), "new");
      awaitChange(changes, templates.resolve("layout.ftlh"));
    }
  }
}
