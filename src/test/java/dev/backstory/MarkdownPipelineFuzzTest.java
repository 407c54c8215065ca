package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the whole path from a Markdown file to a page: load, resolve, render and write, run
 * through the real command line. Any file gives a page (exit 0) or diagnostics at places
 * inside it (exit 1); never an internal error, never a stack trace.
 */
class MarkdownPipelineFuzzTest {

  private static final Path PROJECT = project();

  private static Path project() {
    try {
      Path root = CaseSite.temporaryFolder("backstory-fuzz-pipeline");
      CaseSite.of("""
          -- content/b.md --
          ---
          title: "B?"
          date: 2023-09-02
          ---
          Short.

          ## Second? {#second}
          -- content/images/a.svg --
          <svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>
          """, root);
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "20s")
  void anyFileGivesAPageOrPlacedDiagnostics(byte[] file) throws IOException {
    Files.write(PROJECT.resolve("content/a.md"), file);
    CaseSite.Run run = CaseSite.of("", PROJECT).run("build");
    String err = run.errRelativeTo(PROJECT);
    assertTrue(run.exitCode() == 0 || run.exitCode() == 1,
        () -> "exit " + run.exitCode() + ": " + err);
    String text = new String(file, java.nio.charset.StandardCharsets.UTF_8);
    FuzzInvariant.assertNoStackTrace(err, text);
    FuzzInvariant.assertPrintedPositionsWithin(err, "content/a.md",
        FuzzInvariant.lineCount(text.replace("\r\n", "\n").replace('\r', '\n')));
  }
}
