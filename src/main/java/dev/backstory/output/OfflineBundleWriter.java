package dev.backstory.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The whole site as one zip a reader can unzip and open from disk. The same site gives the
 * same bytes: entries sorted by path, every time stamp fixed, nothing from the machine.
 *
 * <p>Each entry of a zip is compressed on its own, so every core compresses files, a little
 * ahead of the one thread that writes the entries, already compressed, in order. The zip is
 * the last step of a build, with nothing else to run beside it.
 */
public final class OfflineBundleWriter {

  /**
   * 1 January 2000, a time the zip format can hold (it starts in 1980). A zip stores local
   * time, turned from an instant in the machine's time zone, so the instant is taken in that
   * same zone and the stored time is this one wherever the build runs.
   */
  private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

  private static final String DOWNLOADS = "downloads/";

  /**
   * How many files may be compressed ahead of the one being written: enough that a large file
   * holds up no core, few enough to hold in memory.
   */
  private static final int AHEAD = 64;

  private OfflineBundleWriter() {}

  /**
   * Zips every file in the output so far, under a folder named {@code folder}, and writes the
   * zip to {@code zipPath}. The downloads folder is left out: the zip cannot hold itself, and
   * the self-contained copies of explainers would only repeat pages the zip has.
   *
   * @param serverOnly files only a web server shows, such as its page for a missing address,
   *     whose links start at the site's root and so lead nowhere from disk: left out too
   * @param packed told after each file how many of how many are in the zip
   */
  public static void write(StagedOutput output, String zipPath, String folder,
      Set<String> serverOnly, BiConsumer<Integer, Integer> packed) throws IOException {
    List<String> paths = output.files().stream()
        .filter(path -> !path.startsWith(DOWNLOADS) && !serverOnly.contains(path))
        .toList();
    Iterator<String> files = paths.iterator();
    int done = 0;
    long fixedTime = FIXED.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    ExecutorService compressors =
        Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(output.open(zipPath))) {
      Deque<Future<Compressed>> ahead = new ArrayDeque<>();
      while (files.hasNext() || !ahead.isEmpty()) {
        while (files.hasNext() && ahead.size() < AHEAD) {
          String path = files.next();
          ahead.add(compressors.submit(() -> Compressed.of(path, output.read(path))));
        }
        Compressed file = finished(ahead.removeFirst());
        ZipArchiveEntry entry = new ZipArchiveEntry(folder + "/" + file.path());
        entry.setMethod(ZipEntry.DEFLATED);
        // Made on Unix, readable by all: unzip tools then take the UTF-8 names as they are,
        // where for a zip made on DOS some convert them from an old code page, mangling every
        // name outside ASCII (a topic in Korean, an accented file name).
        entry.setUnixMode(UnixStat.FILE_FLAG | 0644);
        entry.setTime(fixedTime);
        entry.setSize(file.size());
        entry.setCrc(file.crc());
        entry.setCompressedSize(file.deflated().length);
        zip.addRawArchiveEntry(entry, new ByteArrayInputStream(file.deflated()));
        packed.accept(++done, paths.size());
      }
    } finally {
      compressors.shutdownNow();
    }
  }

  private static Compressed finished(Future<Compressed> file) throws IOException {
    try {
      return file.get();
    } catch (ExecutionException e) {
      // As if the file had been compressed on this thread: running out of memory, above all,
      // must reach the command as itself.
      if (e.getCause() instanceof IOException io) {
        throw io;
      } else if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      } else if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the offline zip");
    }
  }

  private record Compressed(String path, long size, long crc, byte[] deflated) {

    /**
     * The fastest compression: twice as fast as the default on a site's HTML, for a zip about
     * a tenth larger.
     */
    static Compressed of(String path, byte[] content) {
      CRC32 crc = new CRC32();
      crc.update(content);
      Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
      try {
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream(content.length / 3 + 64);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
          deflated.write(buffer, 0, deflater.deflate(buffer));
        }
        return new Compressed(path, content.length, crc.getValue(), deflated.toByteArray());
      } finally {
        deflater.end();
      }
    }
  }
}
