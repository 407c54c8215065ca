package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.bench.CorpusGenerator;
import dev.backstory.output.StagedOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL in the middle of writing (no shutdown hook can run) leaves the
 * previous site exactly as it was, and the next build clears what the killed one left behind.
 * So does a build that the system refuses a file, naming the file.
 */
class InterruptedBuildTest {

  private static final int EXPLAINERS = 2_000;

  @TempDir Path temp;

  @Test
  void aBuildKilledWhileStagingLeavesThePreviousSiteIntact() throws Exception {
    CaseSite project = CaseSite.of("", temp);
    for (int i = 0; i < EXPLAINERS; i++) {
      Files.writeString(temp.resolve("content/e" + i + ".md"), """
          ---
          title: "Explainer %1$d?"
          date: 2023-09-01
          tags: ["Topic %2$d"]
          ---
          The short answer to %1$d, see [the next one](e%3$d.md#second).

          ## First question? {#first}

          %4$s

          ## Second question? {#second}

          %4$s
          """.formatted(i, i % 50, (i + 1) % EXPLAINERS, "A paragraph of text. ".repeat(20)));
    }
    Path site = previousSite(project);

    Process child = project.start(temp.resolve("child.log"), List.of(), "build");
    try {
      awaitStaging(child);
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    assertEquals(137, child.exitValue(), "killed by SIGKILL");

    assertEquals("the previous good build", Files.readString(site.resolve("index.html")));
    try (Stream<Path> files = Files.list(site)) {
      assertEquals(List.of(".backstory-output", "index.html"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }

    // The next build clears the leftovers, even one that fails before writing (of a smaller
    // site, to keep the test short).
    try (Stream<Path> files = Files.list(temp.resolve("content"))) {
      for (Path file : files.filter(f -> !f.endsWith("e0.md")).toList()) {
        Files.delete(file);
      }
    }
    Files.writeString(temp.resolve("content/e0.md"), "---\ntitle: \"Explainer 0?\"\n"
        + "date: 2023-09-01\n---\nShort, see [gone](gone.md).\n\n## Q? {#q}\n");
    CaseSite.Run failed = project.run();
    assertEquals(1, failed.exitCode(), failed.err());
    assertEquals(List.of(), staging(), "no staging folder left after a failed build");
    Files.writeString(temp.resolve("content/e0.md"),
        "---\ntitle: \"Explainer 0?\"\ndate: 2023-09-01\n---\nShort.\n\n## Q? {#q}\n");
    CaseSite.Run next = project.run();
    assertEquals(0, next.exitCode(), next.err());
    assertTrue(Files.isRegularFile(site.resolve("e0/index.html")));
    assertEquals(List.of(), staging());
    try (Stream<Path> siblings = Files.list(temp)) {
      assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith(".site.")).toList(), "no staging or old folder remains");
    }
  }

  /**
   * Stopped as Ctrl-C stops it (SIGTERM here: a process started in the background does not
   * get SIGINT), a build leaves the previous site as it was and nothing beside it: no staging
   * folder, no lock file.
   */
  @Test
  void aBuildStoppedAsCtrlCStopsItLeavesThePreviousSiteAndNothingBesideIt() throws Exception {
    CaseSite project = CaseSite.of("", temp);
    new CorpusGenerator(5).write(temp.resolve("content"), 1000);
    Path site = previousSite(project);

    Process child = project.start(temp.resolve("child.log"), List.of(), "build");
    try {
      awaitStaging(child);
      assertTrue(Files.exists(temp.resolve(".site.lock")), "the build holds its lock");
      child.destroy();
      assertTrue(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly().waitFor();
    }
    assertEquals(143, child.exitValue(), "stopped by SIGTERM, not finished");
    assertTrue(Files.readString(temp.resolve("child.log"))
        .endsWith("Stopped; the previous site was left as it was.\n"), "says so on its own line");
    assertEquals("the previous good build", Files.readString(site.resolve("index.html")));
    try (Stream<Path> siblings = Files.list(temp)) {
      assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith(".site.")).toList(), "no staging folder or lock file");
    }
  }

  @Test
  void aBuildThatRunsOutOfMemorySaysWhatToDoAndLeavesThePreviousSiteIntact() throws Exception {
    CaseSite project = CaseSite.of("", temp);
    new CorpusGenerator(3).write(temp.resolve("content"), 3000);
    Path site = previousSite(project);

    Process child = project.start(temp.resolve("child.log"), List.of("-Xmx40m"), "build");
    assertTrue(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "the build ended");

    String printed = Files.readString(temp.resolve("child.log"));
    assertEquals(4, child.exitValue(), printed);
    assertTrue(printed.contains("backstory: out of memory: this site needs more than the 40 MiB")
        && printed.contains("-Xmx4g"), printed);
    assertFalse(printed.contains("\tat "), "no stack trace: " + printed);
    assertEquals("the previous good build", Files.readString(site.resolve("index.html")));
    assertEquals(List.of(), staging());
  }

  /** The site a good build left: its marker and a home page whose text is checked later. */
  private static Path previousSite(CaseSite project) throws IOException {
    Path site = project.site();
    Files.createDirectories(site);
    Files.writeString(site.resolve(StagedOutput.MARKER), "");
    Files.writeString(site.resolve("index.html"), "the previous good build");
    return site;
  }

  /** Waits until the build is writing its new site into a staging folder. */
  private void awaitStaging(Process child) {
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      while (staging().isEmpty()) {
        assertTrue(child.isAlive(), "the build ended before staging was seen");
        Thread.sleep(5);
      }
    });
  }

  private List<Path> staging() throws IOException {
    try (Stream<Path> siblings = Files.list(temp)) {
      return siblings.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).toList();
    }
  }

  /**
   * A file the system refuses to write (here past a file-size limit, as a full disk would)
   * stops the build with that file named, and the previous site stays as it was.
   */
  @Test
  void aFileThatCannotBeWrittenIsNamedAndThePreviousSiteStays() throws Exception {
    CaseSite demo = CaseSite.demo(temp.resolve("demo"));
    assertEquals(0, demo.run().exitCode());
    Path site = demo.site();
    List<Path> before;
    try (Stream<Path> files = Files.walk(site)) {
      before = files.filter(Files::isRegularFile).sorted().toList();
    }
    byte[] home = Files.readAllBytes(site.resolve("index.html"));
    // The limit is in blocks of 1 KiB; the offline zip alone is larger.
    Process child = new ProcessBuilder("bash", "-c", "ulimit -f 100 && exec \"$0\" \"$@\"",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.backstory.cli.Main", "build",
        "--content", demo.root().resolve("content").toString(),
        "--templates", demo.root().resolve("templates").toString(),
        "--output", site.toString())
        .redirectErrorStream(true).start();
    String printed = new String(child.getInputStream().readAllBytes());
    assertEquals(3, child.waitFor(), printed);
    assertTrue(printed.matches("(?s)backstory: error: could not write " + Pattern.quote(site.toString())
        + "/\\S+: File too large\nThe previous site was left as it was\\.\n"), printed);
    try (Stream<Path> files = Files.walk(site)) {
      assertEquals(before, files.filter(Files::isRegularFile).sorted().toList());
    }
    assertTrue(java.util.Arrays.equals(home, Files.readAllBytes(site.resolve("index.html"))));
    try (Stream<Path> siblings = Files.list(site.getParent())) {
      assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith(".")).toList(), "no staging folder left behind");
    }
  }
}
