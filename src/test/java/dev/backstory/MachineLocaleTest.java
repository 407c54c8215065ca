package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * written {@code datetime="١٩٤٨"}, and the numbers in its messages in Arabic digits. A machine
 * with no locale at all, which reads file names as ASCII, says so instead of garbling them.
 */
class MachineLocaleTest {

  @TempDir static Path temp;
  static CaseSite demo;

  @BeforeAll
  static void buildHere() throws IOException {
    demo = CaseSite.demo(temp.resolve("here"));
    // A template that cases letters, as a Turkish machine would case an i differently.
    Path layout = demo.root().resolve("templates/explainer.ftlh");
    Files.writeString(layout, Files.readString(layout)
        .replace("<h1 id=\"headline\">", "<!-- ${e.title?upper_case} --><h1 id=\"headline\">"));
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

  /**
   * Where no locale is set (as in many containers) the JVM reads file names and arguments as
   * ASCII: a file named in Korean had become a page at {@code replacement-character-...}.
   * Now the build either reads the name or stops with what to do, writing nothing.
   */
  @Test
  void aMachineWithoutALocaleNamesTheProblemInsteadOfGarblingASlug() throws Exception {
    CaseSite site = CaseSite.of("""
        -- content/한국.md --
        ---
        title: "북한과 러시아는 왜 가까워졌나?"
        date: 2023-09-01
        ---
        두 나라는 가깝다.

        ## 무엇을 주고받나? {#trade}

        포탄과 기술.
        """, temp.resolve("korean"));
    Elsewhere build = buildWithoutLocale(site);
    if (build.exitCode() == 0) {
      assertTrue(Files.isRegularFile(site.site().resolve("한국/index.html")), build.printed());
    } else {
      assertEquals(1, build.exitCode(), build.printed());
      assertTrue(build.printed().contains("this file's name cannot be read: Java reads file "
          + "names and arguments as"), build.printed());
      assertTrue(build.printed().contains("set LANG=C.UTF-8"), build.printed());
      assertFalse(Files.exists(site.site()), "nothing written");
    }
    Elsewhere created = runWithoutLocale("new", "북한의 선택",
        "--content", site.root().resolve("content").toString());
    if (created.exitCode() != 0) {
      assertEquals(2, created.exitCode(), created.printed());
      assertTrue(created.printed().contains("set LANG=C.UTF-8"), created.printed());
    }
    try (Stream<Path> files = Files.list(site.root().resolve("content"))) {
      assertEquals(List.of(), files.map(f -> f.getFileName().toString())
          .filter(name -> name.startsWith("replacement-character")).toList());
    }
  }

  /** An image named in another script cannot be looked up there: it is not simply missing. */
  @Test
  void aMachineWithoutALocaleSaysWhyAnImageNamedInAnotherScriptIsNotFound() throws Exception {
    CaseSite site = CaseSite.of("""
        -- content/map.md --
        ---
        title: "Where is it?"
        date: 2023-09-02
        ---
        Here.

        ![A map of the region](images/지도.svg)

        ## Why there? {#why}

        Because.
        -- content/images/지도.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"></svg>
        """, temp.resolve("map"));
    Elsewhere build = buildWithoutLocale(site);
    if (build.exitCode() == 0) {
      assertTrue(Files.isRegularFile(site.site().resolve("media/images/지도.svg")));
    } else {
      assertTrue(build.printed().contains("image `images/지도.svg` not found; Java reads file "
          + "names and arguments as"), build.printed());
    }
  }

  private static Elsewhere buildWithoutLocale(CaseSite site) throws Exception {
    return runWithoutLocale("build", "-q",
        "--content", site.root().resolve("content").toString(),
        "--templates", site.root().resolve("templates").toString(),
        "--output", site.site().toString());
  }

  private record Elsewhere(int exitCode, String printed) {}

  /** Runs the command line in a new JVM whose default locale is the one given. */
  private static Elsewhere runElsewhere(String language, String country, String... args)
      throws Exception {
    return run(List.of("-Duser.language=" + language, "-Duser.country=" + country), false, args);
  }

  /** Runs the command line in a new JVM started with no locale in its environment. */
  private static Elsewhere runWithoutLocale(String... args) throws Exception {
    return run(List.of(), true, args);
  }

  private static Elsewhere run(List<String> options, boolean withoutLocale, String... args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "dev.backstory.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (withoutLocale) {
      builder.environment().keySet().removeIf(name -> name.equals("LANG")
          || name.equals("LANGUAGE") || name.startsWith("LC_"));
    }
    Process process = builder.start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Elsewhere(process.waitFor(), printed);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
