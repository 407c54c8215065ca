package dev.backstory.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline zip of a site with many more files than are compressed at once, of every size
 * from empty to several megabytes, text and random bytes alike: every file comes back whole,
 * in sorted order, with the fixed time (the demo's zip is checked in {@code PublishingTest}).
 */
class OfflineBundleWriterTest {

  @TempDir Path temp;

  @Test
  void everyFileComesBackWholeAndInOrder() throws IOException, OutputRefused {
    Random random = new Random(7);
    Map<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < 500; i++) {
      String path = "topic-" + (i % 17) + "/é-" + i + (i % 5 == 0 ? ".svg" : "/index.html");
      byte[] content = switch (i % 4) {
        case 0 -> new byte[random.nextInt(40_000)];
        case 1 -> ("<p>Question " + i + "</p>\n").repeat(random.nextInt(2_000))
            .getBytes(StandardCharsets.UTF_8);
        default -> ("<p>" + random.nextLong() + "</p>").repeat(random.nextInt(300))
            .getBytes(StandardCharsets.UTF_8);
      };
      if (i % 4 == 0) {
        random.nextBytes(content);
      }
      files.put(path, content);
    }
    files.put("search/search-index-1.js", new byte[0]);
    byte[] large = new byte[5 << 20];
    random.nextBytes(large);
    files.put("search/search-index.js", large);

    Path site = temp.resolve("site");
    try (StagedOutput output = StagedOutput.open(site)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        output.write(file.getKey(), file.getValue());
      }
      output.write("downloads/page.html", new byte[] {1, 2, 3});
      OfflineBundleWriter.write(output, "downloads/site.zip", "site", Set.of(),
          (done, total) -> { });
      output.commit();
    }

    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(
        site.resolve("downloads/site.zip")), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String path = entry.getName().substring("site/".length());
        names.add(path);
        assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), entry.getTimeLocal(), path);
        // Reading to the end checks the entry's CRC and sizes against its bytes.
        assertArrayEquals(files.get(path), zip.readAllBytes(), path);
      }
    }
    assertEquals(List.copyOf(files.keySet()), names);
  }

  /**
   * The zip unpacked by the Info-ZIP {@code unzip} that Linux systems ship: names outside ASCII
   * come out as written, and the files readable by all.
   */
  @Test
  void unzipOnLinuxKeepsNamesOutsideAscii() throws Exception {
    Path unzip = Path.of("/usr/bin/unzip");
    Assumptions.assumeTrue(Files.isExecutable(unzip), "unzip is not installed (.ci/run installs it)");
    Path site = temp.resolve("site");
    List<String> paths = List.of("topics/한국/index.html", "café/index.html", "plain/index.html");
    try (StagedOutput output = StagedOutput.open(site)) {
      for (String path : paths) {
        output.write(path, path.getBytes(StandardCharsets.UTF_8));
      }
      OfflineBundleWriter.write(output, "downloads/site.zip", "site", Set.of(),
          (done, total) -> { });
      output.commit();
    }
    Path into = temp.resolve("unzipped");
    Process process = new ProcessBuilder(unzip.toString(), "-q",
        site.resolve("downloads/site.zip").toString(), "-d", into.toString())
        .redirectErrorStream(true).start();
    process.getOutputStream().close();
    String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), said);
    for (String path : paths) {
      Path file = into.resolve("site").resolve(path);
      assertEquals(path, Files.readString(file), path);
      assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
  }
}
