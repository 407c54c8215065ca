package dev.backstory.output;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The whole site as one zip a reader can unzip and open from disk. The same site gives the
 * same bytes: entries sorted by path, every time stamp fixed, nothing from the machine.
 */
public final class OfflineBundleWriter {

  /**
   * 1 January 2000, a time the zip format can hold (it starts in 1980), written as a local
   * time so the machine's time zone cannot change the bytes.
   */
  private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

  private static final String DOWNLOADS = "downloads/";

  private OfflineBundleWriter() {}

  /**
   * Zips every file in the output so far, under a folder named {@code folder}, and writes the
   * zip to {@code zipPath}. The downloads folder is left out: the zip cannot hold itself, and
   * the self-contained copies of explainers would only repeat pages the zip has.
   */
  public static void write(StagedOutput output, String zipPath, String folder) throws IOException {
    List<String> files = output.files();
    try (ZipOutputStream zip = new ZipOutputStream(output.open(zipPath))) {
      // The fastest compression: twice as fast as the default on a site's HTML, for a zip about
      // a tenth larger. The zip is the last step of a build, with nothing to run beside it.
      zip.setLevel(Deflater.BEST_SPEED);
      for (String path : files) {
        if (path.startsWith(DOWNLOADS)) {
          continue;
        }
        ZipEntry entry = new ZipEntry(folder + "/" + path);
        entry.setTimeLocal(FIXED);
        zip.putNextEntry(entry);
        zip.write(output.read(path));
        zip.closeEntry();
      }
    }
  }
}
