package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview running in its own process, as a writer leaves one running in a terminal, owns its
 * output folder: a build for publishing into the same folder is refused rather than mixed with
 * the preview's drafts, and goes ahead once the preview stops, even one killed outright.
 */
class SharedOutputTest {

  private static final String SITE = """
      -- content/published.md --
      ---
      title: "Is this one published?"
      date: 2023-09-01
      ---
      Yes.

      ## Why? {#why}

      Because it is ready.
      -- content/unfinished.md --
      ---
      title: "Is this one still a draft?"
      date: 2023-09-02
      draft: true
      ---
      Not yet ready.

      ## Why? {#why}

      Its facts are being checked.
      """;

  @TempDir Path temp;
  private Process preview;

  @AfterEach
  void stopThePreview() throws InterruptedException {
    if (preview != null) {
      preview.destroyForcibly().waitFor();
    }
  }

  @Test
  void aBuildIntoTheFolderOfARunningPreviewIsRefusedAndGoesAheadOnceItStops() throws Exception {
    CaseSite project = CaseSite.of(SITE, temp);
    preview = startPreview(project, "preview.log");
    List<Path> previewFiles = files(project.site());
    assertTrue(previewFiles.contains(project.site().resolve("unfinished/index.html")),
        "the preview shows the draft");

    CaseSite.Run refused = project.run("build");
    assertEquals(3, refused.exitCode(), refused.err());
    assertEquals("backstory: error: " + project.site() + "/ is being written by another "
        + "Backstory process (backstory serve, process " + preview.pid() + ", since HH:MM:SS); "
        + "stop it or let it finish, or give another --output: two processes writing one "
        + "folder would mix their sites, a preview's drafts included\n"
        + "The previous site was left as it was.\n",
        refused.err().replaceFirst("since \\d\\d:\\d\\d:\\d\\d", "since HH:MM:SS"));
    assertEquals(previewFiles, files(project.site()), "the preview's site is as it was");

    Process second = project.start(temp.resolve("second.log"), List.of(), "serve", "--port", "0");
    assertTrue(second.waitFor(60, TimeUnit.SECONDS));
    assertEquals(3, second.exitValue());
    assertTrue(Files.readString(temp.resolve("second.log")).startsWith("backstory serve: "
        + "error: " + project.site() + "/ is being written by another Backstory process "
        + "(backstory serve, process " + preview.pid() + ", since "));

    preview.destroy(); // SIGTERM, as Ctrl-C stops it
    assertTrue(preview.waitFor(30, TimeUnit.SECONDS));
    assertEquals(List.of("site"), besideSite(project), "the lock file went with the preview");

    CaseSite.Run built = project.run("build");
    assertEquals(0, built.exitCode(), built.err());
    assertTrue(Files.isRegularFile(project.site().resolve("published/index.html")));
    assertFalse(Files.exists(project.site().resolve("unfinished")), "no draft is published");
    assertEquals(List.of("site"), besideSite(project));
  }

  @Test
  void aPreviewKilledOutrightLeavesALockFileThatTheNextBuildTakesOver() throws Exception {
    CaseSite project = CaseSite.of(SITE, temp);
    preview = startPreview(project, "preview.log");
    preview.destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertTrue(preview.waitFor(30, TimeUnit.SECONDS));
    assertEquals(List.of(".site.lock", "site"), besideSite(project));

    CaseSite.Run built = project.run("build");
    assertEquals(0, built.exitCode(), built.err());
    assertFalse(Files.exists(project.site().resolve("unfinished")));
    assertEquals(List.of("site"), besideSite(project));
  }

  /** Starts {@code serve} in a process of its own and waits until it serves. */
  private Process startPreview(CaseSite project, String log) throws Exception {
    Process process = project.start(temp.resolve(log), List.of(), "serve", "--port", "0");
    Path printed = temp.resolve(log);
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!Files.readString(printed).contains("Serving ")) {
      assertTrue(process.isAlive(), () -> "the preview stopped: " + read(printed));
      assertTrue(System.nanoTime() < deadline, () -> "no preview after 60 s: " + read(printed));
      Thread.sleep(20);
    }
    return process;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** What lies in the project folder beside content and templates. */
  private static List<String> besideSite(CaseSite project) throws IOException {
    try (Stream<Path> files = Files.list(project.root())) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> !List.of("content", "templates").contains(name) && !name.endsWith(".log"))
          .sorted().toList();
    }
  }
}
