package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.backstory.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever an editor types, loading gives an explainer or diagnostics whose positions lie
 * inside the file; never an exception. Inputs are built by mutating a valid explainer with a
 * fixed seed, so a failure reproduces.
 */
class ExplainerLoaderPropertyTest {

  private static final String VALID = """
      ---
      title: "Why does it matter?"
      dek: "A dek."
      date: 2023-09-12
      tags: ["North Korea", "Russia"]
      authors:
        - name: "Desk"
          role: "Writers"
      sources:
        - title: "Source"
          date: 2023-09-12
      timeline:
        - date: "1948"
          event: "Founded."
          question: "q1"
      ---
      The short answer, with a [link](#q1) and **bold**.

      ## First question? {#q1}

      > Quoted words.
      >
      > — Jane Doe, analyst

      | a | b |
      |---|---|
      | 1 | 2 |

      ### Inside

      Text[^1].

      [^1]: A note.

      ## Second question?

      - item [x](other.md#q)
      """;

  private static final String[] FRAGMENTS = {"---", "\n", ":", " ", "- ", "[", "]", "{", "}",
      "{#", "#", "##", "> ", "—", "\"", "'", "&", "<", "\t", "\r\n", "\uFEFF", "date: ",
      "title:", "image:\n  src: x.png", "*", "|", "`", "![a](", ")", "[[", "\\", "é", "한",
      "🚀", "\u0000", "\uD800", "null", "~", "!!binary", "&a", "*a", "? ", "%YAML 1.2\n"};

  @Test
  void anyEditGivesAnExplainerOrPositionedDiagnostics(@TempDir Path temp) throws Exception {
    Random random = new Random(20231209);
    ContentFiles files = new ContentFiles(temp);
    ExplainerLoader loader = new ExplainerLoader(files);
    Path file = temp.resolve("a.md");
    for (int i = 0; i < 3000; i++) {
      String text = mutate(VALID, random);
      Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      List<Diagnostic> problems = new ArrayList<>();
      Optional<LoadedExplainer> loaded;
      try {
        loaded = loader.load(file, "content/a.md", problems);
      } catch (RuntimeException e) {
        throw new AssertionError("input " + i + " threw:\n" + text, e);
      }
      int lines = (int) text.chars().filter(c -> c == '\n' || c == '\r').count() + 2;
      for (Diagnostic d : problems) {
        if (d.position().line() > lines) {
          fail("input " + i + ": " + d + " lies past the end (" + lines + " lines):\n" + text);
        }
      }
      boolean hasErrors = problems.stream().anyMatch(Diagnostic::isError);
      // One with errors in its body still comes back, for the build to check its links.
      assertTrue(loaded.isPresent() || hasErrors,
          () -> "no explainer comes back only with an error to say why: " + problems);
    }
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(out.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> out.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 1 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(8)));
        default -> {
          int from = random.nextInt(out.length() + 1);
          int to = Math.min(out.length(), from + random.nextInt(30));
          out.insert(at, out.substring(from, to));
        }
      }
    }
    return out.toString();
  }
}
