package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The site does not depend on the machine that builds it: a build in a JVM whose default
 * locale writes other digits (Arabic, Persian) or cases letters otherwise (Turkish) writes
 * the same bytes, and reports the same messages, as one in this JVM. Such a machine had
 * written {@code datetime="١٩٤٨"}, and the numbers in its messages in Arabic digits.
 */
class MachineLocaleTest {

  @TempDir static Path temp;
  static CaseSite demo;

  @BeforeAll
  static void buildHere() throws IOException {
    demo = CaseSite.demo(temp.resolve("here"));
    CaseSite.Run run = demo.run();
    assertEquals(0, run.exitCode(), run.err());
  }

  @ParameterizedTest
  @CsvSource({"ar, SA", "fa, IR", "tr, TR"})
  void aMachineInAnotherLocaleWritesTheSameSite(String language, String country)
      throws Exception {
    Path output = temp.resolve("site-" + language);
    Elsewhere build = runElsewhere(language, country, "build", "-q",
        "--content", demo.root().resolve("content").toString(),
        "--templates", demo.root().resolve("templates").toString(),
        "--output", output.toString());
    assertEquals(0, build.exitCode(), build.printed());
    List<Path> files = files(demo.site());
    assertEquals(files, files(output));
    for (Path file : files) {
      assertArrayEquals(Files.readAllBytes(demo.site().resolve(file)),
          Files.readAllBytes(output.resolve(file)), file.toString());
    }
  }

  @Test
  void aMachineInAnotherLocaleReportsTheSameMessages() throws Exception {
    CaseSite site = CaseSite.of("""
        -- content/a.md --
        ---
        title: "What is A?"
        date: 2023-09-01
        ---
        See [the data](https://example.org/css?family=A|B).
        """, temp.resolve("broken"));
    CaseSite.Run here = site.run("check");
    Elsewhere there = runElsewhere("ar", "SA", "check",
        "--content", site.root().resolve("content").toString(),
        "--templates", site.root().resolve("templates").toString());
    assertEquals(1, here.exitCode());
    assertEquals(here.exitCode(), there.exitCode());
    assertEquals(here.err() + here.out(), there.printed());
  }

  /** Digits and letter cases follow the machine's locale unless a format names its own. */
  @Test
  void everyFormatInTheSourcesNamesItsLocale() throws IOException {
    Pattern unnamed = Pattern.compile("(String\\.format|printf)\\((?!Locale\\.)|\\.formatted\\("
        + "|\\.to(Lower|Upper)Case\\(\\)");
    List<String> found = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
          if (unnamed.matcher(lines.get(i)).find()) {
            found.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  private record Elsewhere(int exitCode, String printed) {}

  /** Runs the command line in a new JVM whose default locale is the one given. */
  private static Elsewhere runElsewhere(String language, String country, String... args)
      throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Duser.language=" + language,
        "-Duser.country=" + country, "-cp", System.getProperty("java.class.path"),
        "dev.backstory.cli.Main"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Elsewhere(process.waitFor(), printed);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
