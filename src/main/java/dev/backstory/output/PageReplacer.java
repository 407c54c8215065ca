package dev.backstory.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Map;

/**
 * Replaces pages inside an output folder a full build already wrote, for a preview that
 * re-renders only what a save affected. Each file is written beside its place and renamed
 * over it, so a page being served is always whole; files the site no longer has are deleted.
 * Refuses folders Backstory did not write.
 */
public final class PageReplacer {

  private PageReplacer() {}

  /**
   * @param pages output path, with {@code /} separators, to content
   * @param gone output paths of files to delete
   */
  public static void replace(Path output, Map<String, byte[]> pages, Collection<String> gone)
      throws IOException, OutputRefused {
    Path root = output.toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve(StagedOutput.MARKER))) {
      throw new OutputRefused(output + " was not written by Backstory (it has no "
          + StagedOutput.MARKER + " file); it is not replaced page by page");
    }
    for (Map.Entry<String, byte[]> page : pages.entrySet()) {
      Path target = inside(root, page.getKey());
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), ".page-", ".tmp");
      try {
        Files.write(temporary, page.getValue());
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
    // Last, once no new page links to them.
    for (String path : gone) {
      Files.deleteIfExists(inside(root, path));
    }
  }

  private static Path inside(Path root, String outputPath) {
    Path target = root.resolve(outputPath).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IllegalArgumentException("not inside the output folder: " + outputPath);
    }
    return target;
  }
}
