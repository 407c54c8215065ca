package dev.backstory.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.CaseSite;
import dev.backstory.output.StagedOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layout that goes round without end and writes nothing once held the build forever. With a
 * short time per page (the command line's is a minute), the build stops it as an error in the
 * layout, exits 1 and leaves the last good site as it was.
 */
class EndlessLayoutTest {

  private static final Duration LIMIT = Duration.ofMillis(400);

  private static final String EXPLAINER = """
      ---
      title: "What is %1$s?"
      date: 2023-09-01
      dek: "%1$s."
      authors: ["Desk"]
      ---
      Short.

      ## Q? {#q}

      Text.
      """;

  @TempDir Path temp;

  @Test
  void aLayoutThatNeverFinishesIsAnErrorInIt() throws IOException {
    CaseSite site = site(1);
    for (String command : List.of("build", "check")) {
      long started = System.nanoTime();
      Run run = run(site, command);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertEquals(1, run.exitCode(), run.err());
      assertEquals("templates/explainer.ftlh:3:1: error: template: the page was still rendering "
          + "after 400 milliseconds and was stopped here, in a #list, macro or function that "
          + "goes round without end\n"
          + "1 error in 1 file" + (command.equals("build") ? "; site/ was left as it was" : ""),
          run.err().replace(temp + "/", "").strip());
      assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, command + " took " + took);
    }
    assertEquals("the last good build", Files.readString(site.site().resolve("index.html")));
    try (Stream<Path> siblings = Files.list(temp)) {
      assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".site."))
          .count(), "no staging folder is left behind");
    }
  }

  /**
   * Once a page has run out of time, the build has failed: the pages not begun are left out,
   * each of which would take as long again. A layout every explainer uses would otherwise
   * hold a 10,000-explainer build for days.
   */
  @Test
  void thePagesAfterOneThatRanOutOfTimeAreNotWaitedFor() throws IOException {
    int threads = Runtime.getRuntime().availableProcessors();
    int explainers = 12 * threads;
    CaseSite site = site(explainers);
    long started = System.nanoTime();
    Run run = run(site, "build");
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertEquals(1, run.exitCode(), run.err());
    // Every page in turn would take 12 limits on each thread; one or two rounds is what it takes.
    Duration everyPage = LIMIT.multipliedBy(explainers / threads);
    assertTrue(took.compareTo(everyPage.dividedBy(2)) < 0,
        "took " + took + ", as long as every page running out of time takes " + everyPage);
  }

  private CaseSite site(int explainers) throws IOException {
    CaseSite site = CaseSite.of("""
        -- templates/explainer.ftlh --
        <html>
        <body>
        <#list 1.. as i><#if false>never</#if></#list>
        </body>
        </html>
        -- templates/home.ftlh --
        <p>home</p>
        -- templates/topic.ftlh --
        <p>topic</p>
        """, temp);
    for (int i = 0; i < explainers; i++) {
      Files.writeString(site.root().resolve("content/e" + i + ".md"),
          EXPLAINER.formatted("E" + i));
    }
    Files.createDirectories(site.site());
    Files.writeString(site.site().resolve(StagedOutput.MARKER), "");
    Files.writeString(site.site().resolve("index.html"), "the last good build");
    return site;
  }

  private static Run run(CaseSite site, String command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {command, "--content", site.root().resolve("content")
            .toString(), "--templates", site.root().resolve("templates").toString(),
            "--output", site.site().toString(), "--quiet"},
        new PrintWriter(out, true), new PrintWriter(err, true), false, LIMIT);
    return new Run(code, err.toString());
  }

  private record Run(int exitCode, String err) {}
}
