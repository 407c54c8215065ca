package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backstory.output.StagedOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case in {@code src/test/resources/cases}: a project in one text, the exit code
 * and the exact error output it must give. A case that expects a failure also proves the
 * previous site was left exactly as it was.
 */
class CaseFilesTest {

  static final Path CASES = Path.of("src/test/resources/cases");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.filter(f -> f.toString().endsWith(".case")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseFile(Path caseFile, @TempDir Path temp) throws IOException {
    CaseSite site = CaseSite.of(Files.readString(caseFile), temp);
    Path previousPage = site.site().resolve("index.html");
    Files.createDirectories(site.site());
    Files.writeString(site.site().resolve(StagedOutput.MARKER), "");
    Files.writeString(previousPage, "the last good build");

    String args = site.expectation("args");
    CaseSite.Run run = args == null ? site.run() : site.run(args.strip().split("\\s+"));

    String expectedExit = site.expectation("exit");
    int exit = expectedExit == null ? 1 : Integer.parseInt(expectedExit.strip());
    String stderr = run.errRelativeTo(temp);
    assertEquals(exit, run.exitCode(), () -> "exit code; stderr was:\n" + stderr);
    String expectedErr = site.expectation("stderr");
    if (expectedErr != null) {
      assertEquals(expectedErr.strip(), stderr.strip(), "error output");
    }
    if (exit != 0) {
      assertEquals("the last good build", Files.readString(previousPage),
          "a failed build must leave the previous site untouched");
      try (Stream<Path> siblings = Files.list(temp)) {
        assertEquals(0, siblings.filter(p -> p.getFileName().toString().startsWith(".site.")).count(),
            "no staging folder may be left behind");
      }
    }
  }
}
