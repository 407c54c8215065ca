package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each subcommand's exit code and messages, run through the real command line. */
class CommandLineTest {

  @TempDir Path temp;

  @Test
  void newWritesAnExplainerThatBuildsWithTheGivenDate() throws IOException {
    CaseSite site = CaseSite.of("", temp);
    Path content = site.root().resolve("content");
    CaseSite.Run created = CaseSite.runRaw("new", "Why is the \"X\" happening?",
        "--content", content.toString(), "--now", "2024-02-29");

    assertEquals(0, created.exitCode(), created.err());
    Path file = content.resolve("why-is-the-x-happening.md");
    assertEquals("Created " + file + "\n", created.out());
    String text = Files.readString(file);
    assertTrue(text.startsWith("---\ntitle: \"Why is the \\\"X\\\" happening?\"\n"), text);
    assertTrue(text.contains("\ndate: 2024-02-29\n"), text);
    assertTrue(text.contains("\ntags: []\n"), text);
    assertTrue(text.contains("\n## What happened? {#what-happened}\n"), text);
    assertTrue(text.contains("\n## Why does it matter? {#why-it-matters}\n"), text);

    CaseSite.Run check = site.run("check");
    assertEquals(0, check.exitCode(), check.err());
    assertEquals("Checked 1 explainer, 2 questions, 0 topics", check.out().split(" in ")[0]);
  }

  @Test
  void newDatesTheExplainerTodayWhereTheSiteIs() throws IOException {
    // Kiritimati (UTC+14) and Pago Pago (UTC-11) are always at least a day apart.
    for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
      Path content = Files.createDirectories(temp.resolve(zone.replace('/', '-')));
      Files.writeString(content.resolve("site.yaml"), "timeZone: \"" + zone + "\"\n");
      LocalDate before = LocalDate.now(ZoneId.of(zone));
      CaseSite.Run run = CaseSite.runRaw("new", "Why now?", "--content", content.toString());
      LocalDate after = LocalDate.now(ZoneId.of(zone));

      assertEquals(0, run.exitCode(), run.err());
      String date = Files.readString(content.resolve("why-now.md")).lines()
          .filter(line -> line.startsWith("date: ")).findFirst().orElseThrow().substring(6);
      assertTrue(date.equals(before.toString()) || date.equals(after.toString()),
          () -> zone + ": dated " + date + ", today there is " + after);
    }
  }

  @Test
  void newWritesNothingWhenSiteYamlCannotTellTheDay() throws IOException {
    Path content = Files.createDirectories(temp.resolve("content"));
    Files.writeString(content.resolve("site.yaml"), "timeZone: \"Asia/Seol\"\n");

    CaseSite.Run run = CaseSite.runRaw("new", "Why now?", "--content", content.toString());

    assertEquals(1, run.exitCode());
    assertEquals(content + "/site.yaml:1:11: error: `timeZone` must be a time zone such as "
        + "Asia/Seoul, Europe/Berlin or UTC, not `Asia/Seol` (did you mean Asia/Seoul?)\n"
        + "backstory new: " + content.resolve("why-now.md") + " was not written: it is dated "
        + "by the site's time zone, and site.yaml has errors; mend them, or pass --now\n",
        run.err());
    assertFalse(Files.exists(content.resolve("why-now.md")));

    CaseSite.Run dated = CaseSite.runRaw("new", "Why now?", "--content", content.toString(),
        "--now", "2024-02-29");
    assertEquals(0, dated.exitCode(), dated.err());
  }

  @Test
  void newNeverOverwritesAnExistingFile() throws IOException {
    Path content = Files.createDirectories(temp.resolve("content"));
    Path file = content.resolve("why-now.md");
    Files.writeString(file, "my own words");

    CaseSite.Run run = CaseSite.runRaw("new", "Why now?", "--content", content.toString());

    assertEquals(1, run.exitCode());
    assertEquals(file + ":1:1: error: why-now.md already exists and was left as it was; "
        + "edit it, or choose a different title\n", run.err());
    assertEquals("my own words", Files.readString(file));
  }

  /** A file of another name may hold the address already, set by its slug or as an old one. */
  @Test
  void newRefusesAnAddressAnotherExplainerHas() throws IOException {
    Path content = Files.createDirectories(temp.resolve("content"));
    Files.writeString(content.resolve("old.md"), """
        ---
        title: "Why was X?"
        date: 2023-09-01
        slug: why-is-x
        aliases: ["what-now"]
        ---
        Short.

        ## Why? {#why}

        Because.
        """);
    // Another explainer's mistakes do not hide the address taken: its body is never read.
    Files.writeString(content.resolve("broken.md"), """
        ---
        title: "Why is it broken?"
        date: 2023-09-01
        ---
        Short, with a link of no words: [](https://example.org/).
        """);
    Files.createDirectories(content.resolve("sub"));
    // Front matter that cannot be read still keeps the address made from the file's name.
    Files.writeString(content.resolve("sub/why-is-z.md"), """
        ---
        title: "Why is Z?
        aliases: [why-z
        ---
        Short.
        """);
    Files.writeString(content.resolve("sub/why-is-y.md"), """
        ---
        title: "Why is Y?"
        date: 2023-09-01
        ---
        Short.
        """);
    Map<String, String> holders = Map.of(
        "Why is X?", "old.md's, set by its `slug`",
        "What now?", "old.md's, as an old address in its `aliases`",
        "Why is Y?", "sub/why-is-y.md's, made from its file's name",
        "Why is Z?", "sub/why-is-z.md's, made from its file's name");
    holders.forEach((title, holder) -> {
      CaseSite.Run run = CaseSite.runRaw("new", title, "--content", content.toString());
      assertEquals(1, run.exitCode(), run.err());
      String file = dev.backstory.content.ExplainerScaffold.fileName(title);
      assertFalse(Files.exists(content.resolve(file)), file);
      assertTrue(run.err().contains(" was not written: its address "
          + file.replace(".md", "") + "/ is already " + content + "/" + holder), run.err());
    });
    assertTrue(CaseSite.runRaw("new", "Why is X?", "--content", content.toString(), "--now",
        "-0001-01-01").err().contains("'-0001-01-01' is not a date written YYYY-MM-DD"));
    assertTrue(CaseSite.runRaw("new", "Why is X?", "--content", content.toString(), "--now",
        "2024-02-30").err().contains("'2024-02-30' is not a day of the calendar"));
  }

  /** A title of marks alone names no file; `new` says so, where it wrote section.md. */
  @Test
  void newRefusesATitleWithNoWordsToNameTheFileAfter() throws IOException {
    Path content = Files.createDirectories(temp.resolve("content"));
    CaseSite.Run run = CaseSite.runRaw("new", "???", "--content", content.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("backstory new: the title \"???\" has no letters or digits to name the file "
        + "after; give the headline in words\n", run.err());
    try (java.util.stream.Stream<Path> files = Files.list(content)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void newSaysWhenTheContentFolderIsAFile() throws IOException {
    Path content = temp.resolve("b.md");
    Files.writeString(content, "my own words");

    CaseSite.Run run = CaseSite.runRaw("new", "Why now?", "--content", content.toString());

    assertEquals(3, run.exitCode());
    assertEquals("backstory new: error: could not write " + content.resolve("why-now.md")
        + ": " + content + " is a file, not a folder\n", run.err());
    assertEquals("my own words", Files.readString(content));
  }

  @Test
  void newRefusesATitleWhoseAddressIsTheSitesOwn() {
    Path content = temp.resolve("content");
    CaseSite.Run run = CaseSite.runRaw("new", "Timeline", "--content", content.toString());

    assertEquals(2, run.exitCode());
    assertEquals("backstory new: the title gives the file name timeline.md, but the address "
        + "timeline/ is the site's own; give a longer headline, such as the question the "
        + "explainer answers\n", run.err());
    assertFalse(Files.exists(content.resolve("timeline.md")));
  }

  @Test
  void newWithoutATitleIsAUsageError() {
    CaseSite.Run run = CaseSite.runRaw("new");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("backstory: Missing required parameter: 'TITLE'\n"), run.err());
  }

  @Test
  void unknownOptionsAndSubcommandsAreUsageErrors() {
    CaseSite.Run option = CaseSite.runRaw("build", "--colour");
    assertEquals(2, option.exitCode());
    assertEquals("backstory: Unknown option: '--colour'\nTry `backstory build --help`.\n",
        option.err());

    CaseSite.Run subcommand = CaseSite.runRaw("publish");
    assertEquals(2, subcommand.exitCode());
    assertTrue(subcommand.err().startsWith("backstory: Unmatched argument at index 0: 'publish'"),
        subcommand.err());

    CaseSite.Run port = CaseSite.runRaw("serve", "--port", "eighty");
    assertEquals(2, port.exitCode());
    assertTrue(port.err().startsWith("backstory: Invalid value for option '--port'"), port.err());
  }

  /**
   * Each command has options of its own: given before it, they would set nothing it reads, and
   * it would build the default folders, or check with warnings let through. So they are
   * refused, with the command line as it should be, and nothing is read or written.
   */
  @Test
  void optionsBeforeTheCommandAreRefusedWithTheCommandLineReordered() throws IOException {
    CaseSite site = CaseSite.of("", temp);
    Path elsewhere = temp.resolve("my site");
    CaseSite.Run build = CaseSite.runRaw("--content", site.root().resolve("content").toString(),
        "--output", elsewhere.toString(), "build", "--drafts");
    assertEquals(2, build.exitCode());
    assertEquals("backstory: options go after the command they are for; write `backstory build "
        + "--content " + site.root().resolve("content") + " --output '" + elsewhere
        + "' --drafts`\nTry `backstory build --help`.\n", build.err());
    assertFalse(Files.exists(elsewhere));

    CaseSite.Run strict = CaseSite.runRaw("--strict", "--output=out", "check");
    assertEquals(2, strict.exitCode());
    assertTrue(strict.err().startsWith("backstory: options go after the command they are for; "
        + "write `backstory check --strict --output=out`\n"), strict.err());

    CaseSite.Run foreign = CaseSite.runRaw("--strict", "serve");
    assertEquals(2, foreign.exitCode());
    assertEquals("backstory: `serve` takes no --strict; see `backstory serve --help`\n",
        foreign.err());

    for (List<String> words : List.of(List.of("--version", "build"), List.of("build", "-V"),
        List.of("serve", "--version"))) {
      CaseSite.Run version = CaseSite.runRaw(words.toArray(String[]::new));
      assertEquals(0, version.exitCode(), words.toString());
      assertTrue(version.out().startsWith("Backstory "), words + ": " + version.out());
    }
  }

  @Test
  void aMistypedSubcommandOrOptionIsAnsweredWithTheOneMeant() {
    CaseSite.Run subcommand = CaseSite.runRaw("buidl");
    assertEquals(2, subcommand.exitCode());
    assertEquals("backstory: Unmatched argument at index 0: 'buidl' (did you mean build?)\n"
        + "Try `backstory --help`.\n", subcommand.err());
    CaseSite.Run option = CaseSite.runRaw("build", "--drafs");
    assertEquals(2, option.exitCode());
    assertEquals("backstory: Unknown option: '--drafs' (did you mean --drafts?)\n"
        + "Try `backstory build --help`.\n", option.err());
  }

  @Test
  void serveReportsAPortInUseBeforeBuilding() throws IOException {
    CaseSite site = CaseSite.of("", temp);
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      CaseSite.Run run = site.run("serve", "--port", String.valueOf(port));
      assertEquals(3, run.exitCode(), run.err());
      assertTrue(run.err().startsWith("backstory serve: error: cannot listen on 127.0.0.1:" + port
          + " ("), run.err());
      assertTrue(run.err().endsWith("); choose another --port\n"), run.err());
      assertFalse(Files.exists(site.site()), "nothing was built");
    }
  }

  /**
   * The preview serves its output folder, so it never starts on one the build would refuse:
   * a folder of someone's own files, or one inside the content.
   */
  @Test
  void serveRefusesAnOutputFolderTheBuildWouldRefuseAndServesNothing() throws IOException {
    CaseSite site = CaseSite.of("", temp);
    Path own = Files.createDirectories(temp.resolve("own"));
    Files.writeString(own.resolve("passwords.txt"), "secret");
    CaseSite.Run run = site.run("serve", "--port", "0", "--output", own.toString());
    assertEquals(3, run.exitCode(), run.err());
    assertEquals("backstory serve: error: " + own + " exists and was not written by Backstory "
        + "(it has no .backstory-output file); choose another --output or empty it yourself\n",
        run.err());
    assertEquals("", run.out(), "no preview was served");

    CaseSite.Run inside = site.run("serve", "--port", "0", "--output",
        site.root().resolve("content/out").toString());
    assertEquals(3, inside.exitCode(), inside.err());
    assertTrue(inside.err().startsWith("backstory serve: error: refusing to write the site to "),
        inside.err());
    assertEquals(List.of("passwords.txt"), Files.list(own).map(p -> p.getFileName().toString())
        .toList());
    // `check` writes nothing, so it has no output folder to refuse.
    CaseSite.Run check = site.run("check", "--output",
        site.root().resolve("content/out").toString());
    assertEquals(0, check.exitCode(), check.err());
  }

  /** A review that lets no warning through: --strict counts each as an error. */
  @Test
  void strictCountsEveryWarningAsAnErrorAndWritesNothing() throws IOException {
    CaseSite site = CaseSite.of("""
        -- content/a.md --
        ---
        title: "What is A?"
        date: 2023-09-01
        dek: "A."
        authors: ["Desk"]
        colour: "blue"
        ---
        Short.

        ## Q? {#q}

        See [B](b.md).
        -- content/b.md --
        ---
        title: "What is B?"
        date: 2023-09-01
        dek: "B."
        authors: ["Desk"]
        ---
        Short.

        ## Q? {#q}

        See [A](a.md).
        """, temp);
    String warning = "content/a.md:6:1: warning: unknown key `colour` in the front matter is "
        + "ignored";
    String error = "content/a.md:6:1: error: unknown key `colour` in the front matter is "
        + "ignored (an error under --strict)";
    for (String command : List.of("check", "build")) {
      CaseSite.Run strict = site.run(command, "--strict");
      assertEquals(1, strict.exitCode(), command);
      assertEquals(List.of(error, "1 error in 1 file" + (command.equals("build")
          ? "; site/ was left as it was" : "")), strict.errRelativeTo(temp).lines().toList());
      assertFalse(Files.exists(site.site()), "nothing was written");
    }
    CaseSite.Run plain = site.run("build");
    assertEquals(0, plain.exitCode(), plain.err());
    assertEquals(List.of(warning), plain.errRelativeTo(temp).lines().toList());
    assertTrue(CaseSite.runRaw("check", "--help").out().contains("--strict"));
    assertFalse(CaseSite.runRaw("serve", "--help").out().contains("--strict"));
  }

  /** 192.0.2.1 is kept for documentation, so no machine has it. */
  @Test
  void serveNamesTheAddressWhenItIsNotThisMachinesOrNoneAtAll() throws IOException {
    CaseSite site = CaseSite.of("", temp);
    CaseSite.Run foreign = site.run("serve", "--bind", "192.0.2.1", "--port", "0");
    assertEquals(3, foreign.exitCode(), foreign.err());
    assertTrue(foreign.err().startsWith("backstory serve: error: cannot listen on 192.0.2.1:0 ("),
        foreign.err());
    assertTrue(foreign.err().endsWith("); it is not an address of this machine; choose another "
        + "--bind\n"), foreign.err());
    CaseSite.Run unknown = site.run("serve", "--bind", "nosuchhost.invalid", "--port", "0");
    assertEquals(2, unknown.exitCode(), unknown.err());
    assertEquals("backstory serve: error: --bind nosuchhost.invalid names no address this "
        + "machine can find; give one of its addresses, such as 127.0.0.1\n", unknown.err());
    assertFalse(Files.exists(site.site()), "nothing was built");
  }

  @Test
  void helpListsEverySubcommandAndTheExitCodes() {
    CaseSite.Run help = CaseSite.runRaw("--help");
    assertEquals(0, help.exitCode());
    for (String expected : new String[] {"build", "check", "serve", "new", "--drafts",
        "--future", "--now=DATE", "--base-url=URL", "--verbose", "--quiet", "70 a bug"}) {
      assertTrue(help.out().contains(expected), () -> expected + " missing from\n" + help.out());
    }
    CaseSite.Run serveHelp = CaseSite.runRaw("serve", "--help");
    assertTrue(serveHelp.out().contains("--port=PORT"), serveHelp.out());
    assertTrue(serveHelp.out().contains("--bind=ADDRESS"), serveHelp.out());
    CaseSite.Run version = CaseSite.runRaw("--version");
    assertEquals("Backstory 0.1.0\n", version.out());
  }

  @Test
  void checkPrintsEachProblemAsFileLineColumnAndWritesNothing() throws IOException {
    CaseSite site = CaseSite.of("""
        -- content/a.md --
        ---
        title: "What is A?"
        date: 2023-09-01
        ---
        Short, see [here](#why).

        ## Why {#why}
        """, temp);
    CaseSite.Run run = site.run("check");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("""
        content/a.md:1:1: warning: no `authors`: say who wrote or edited this [missing-byline]
        content/a.md:1:1: warning: no `dek`: add a one-sentence standfirst under the headline [missing-dek]
        content/a.md:5:12: warning: link text "here" does not say where it goes: name the page or question instead [vague-link-text]
        content/a.md:7:1: warning: question "Why" has no answer: write one under its heading, or remove it
        content/a.md:7:1: warning: question heading "Why" does not end in `?`: phrase it as the reader's question [question-mark]
        """, run.errRelativeTo(temp));
    assertTrue(run.out().startsWith("Checked 1 explainer, 1 question, 0 topics in "), run.out());
    assertTrue(run.out().endsWith("; 5 warnings\n"), run.out());
    assertFalse(Files.exists(site.site()), "check writes nothing");
  }

  @Test
  void quietPrintsErrorsOnlyAndVerbosePrintsPhaseTimes() throws IOException {
    CaseSite site = CaseSite.of("""
        -- content/a.md --
        ---
        title: "What is A?"
        date: 2023-09-01
        ---
        Short.

        ## Why {#why}
        """, temp);
    CaseSite.Run quiet = site.run("build", "--quiet");
    assertEquals(0, quiet.exitCode());
    assertEquals("", quiet.out());
    assertEquals("", quiet.err());

    CaseSite.Run verbose = site.run("build", "--verbose");
    assertEquals(0, verbose.exitCode());
    for (String phase : new String[] {"load", "resolve", "compile templates", "render", "write"}) {
      assertTrue(verbose.err().matches("(?s).*\\n  " + phase + " +\\d+\\.\\d ms\\n.*"),
          () -> phase + " missing from\n" + verbose.err());
    }
    assertTrue(verbose.out().startsWith("Built 1 explainer"), verbose.out());

    CaseSite.Run both = site.run("build", "-q", "-v");
    assertEquals(2, both.exitCode());
    assertEquals("backstory: --quiet and --verbose ask for opposite things; give one of them\n"
        + "Try `backstory build --help`.\n", both.err());
    CaseSite.Run twice = site.run("check", "-qq");
    assertEquals(2, twice.exitCode());
    assertTrue(twice.err().startsWith("backstory: option '--quiet' should be specified only once"),
        twice.err());
  }
}
