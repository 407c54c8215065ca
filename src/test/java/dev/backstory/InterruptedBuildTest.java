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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL in the middle of writing (no shutdown hook can run) leaves the
 * previous site exactly as it was, and the next build clears what the killed one left behind.
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
    Path site = project.site();
    Files.createDirectories(site);
    Files.writeString(site.resolve(StagedOutput.MARKER), "");
    Files.writeString(site.resolve("index.html"), "the previous good build");

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), "dev.backstory.cli.Main",
        "build", "--content", temp.resolve("content").toString(),
        "--templates", temp.resolve("templates").toString(), "--output", site.toString())
        .redirectErrorStream(true)
        .redirectOutput(temp.resolve("child.log").toFile())
        .start();
    try {
      assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
        while (staging().isEmpty()) {
          assertTrue(child.isAlive(), "the build ended before staging was seen");
          Thread.sleep(5);
        }
      });
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

    // The next build (of a smaller site, to keep the test short) clears the leftovers.
    try (Stream<Path> files = Files.list(temp.resolve("content"))) {
      for (Path file : files.filter(f -> !f.endsWith("e0.md")).toList()) {
        Files.delete(file);
      }
    }
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

  @Test
  void aBuildThatRunsOutOfMemorySaysWhatToDoAndLeavesThePreviousSiteIntact() throws Exception {
    CaseSite project = CaseSite.of("", temp);
    new CorpusGenerator(3).write(temp.resolve("content"), 3000);
    Path site = project.site();
    Files.createDirectories(site);
    Files.writeString(site.resolve(StagedOutput.MARKER), "");
    Files.writeString(site.resolve("index.html"), "the previous good build");

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx40m", "-cp", System.getProperty("java.class.path"),
        "dev.backstory.cli.Main", "build", "--content", temp.resolve("content").toString(),
        "--templates", temp.resolve("templates").toString(), "--output", site.toString())
        .redirectErrorStream(true)
        .redirectOutput(temp.resolve("child.log").toFile())
        .start();
    assertTrue(child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "the build ended");

    String printed = Files.readString(temp.resolve("child.log"));
    assertEquals(4, child.exitValue(), printed);
    assertTrue(printed.contains("backstory: out of memory: this site needs more than the 40 MiB")
        && printed.contains("-Xmx4g"), printed);
    assertFalse(printed.contains("\tat "), "no stack trace: " + printed);
    assertEquals("the previous good build", Files.readString(site.resolve("index.html")));
    assertEquals(List.of(), staging());
  }

  private List<Path> staging() throws IOException {
    try (Stream<Path> siblings = Files.list(temp)) {
      return siblings.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).toList();
    }
  }
}
