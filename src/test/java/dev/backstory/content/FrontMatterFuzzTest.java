package dev.backstory.content;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.backstory.CaseSite;
import dev.backstory.FuzzInvariant;
import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the front matter reader with arbitrary YAML: it gives front matter or diagnostics at
 * places inside the block, and never throws. In {@code mvn verify} only the seed corpus in
 * {@code FrontMatterFuzzTestInputs/} runs; {@code -Pfuzz} explores for a fixed time.
 */
class FrontMatterFuzzTest {

  private static final ContentFiles FILES = new ContentFiles(contentFolder());

  private static Path contentFolder() {
    try {
      Path root = CaseSite.temporaryFolder("backstory-fuzz-front-matter");
      Files.createDirectories(root.resolve("images"));
      Files.writeString(root.resolve("images/a.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "20s")
  void anyYamlGivesFrontMatterOrPlacedDiagnostics(byte[] yaml) {
    String text = SourceText.of("content/a.md",
        new String(yaml, java.nio.charset.StandardCharsets.UTF_8)).text();
    List<Diagnostic> problems = new ArrayList<>();
    LineMap lines = new LineMap("content/a.md", text, 2);
    new FrontMatterReader("a.md", FILES, lines, problems)
        .read(text, new SourcePosition("content/a.md", 1, 1));
    // The block sits between two fence lines.
    FuzzInvariant.assertPositionsWithin(problems, FuzzInvariant.lineCount(text) + 2);
  }
}
