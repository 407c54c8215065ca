package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile files, built as a user would build them: each gives a page or a message
 * at file:line:col, never a stack trace and never a hang. The time limit only catches a hang;
 * it is not a speed test.
 */
class HostileInputTest {

  private static final Duration HANG = Duration.ofSeconds(60);
  private static final String FRONT = "---\ntitle: \"What is A?\"\ndate: 2023-09-01\n---\n";

  @TempDir Path temp;

  private CaseSite.Run build(byte[] file) throws IOException {
    CaseSite site = CaseSite.of("", temp);
    Files.write(temp.resolve("content/a.md"), file);
    return assertTimeoutPreemptively(HANG, () -> site.run());
  }

  private CaseSite.Run build(String file) throws IOException {
    return build(file.getBytes(StandardCharsets.UTF_8));
  }

  private Document page() throws IOException {
    return Jsoup.parse(temp.resolve("site/a/index.html").toFile(), "UTF-8");
  }

  private static void assertNoStackTrace(CaseSite.Run run) {
    FuzzInvariant.assertNoStackTrace(run.err());
  }

  @Test
  void byteOrderMarkIsIgnoredAndPositionsStillCountFromLineOne() throws IOException {
    CaseSite.Run run = build("\uFEFF---\ntitle: \"What is A?\"\ndate: 2023-09-01\n---\nShort.\n\n"
        + "## Q? {#q}\n\nSee [nowhere](#missing).\n");
    assertEquals("content/a.md:9:5: error: no question `#missing` in this explainer",
        run.errRelativeTo(temp).lines().findFirst().orElseThrow());
  }

  @Test
  void crlfLineEndingsBuildAndCountLinesLikeAnEditor() throws IOException {
    String file = (FRONT + "Short.\n\n## Q? {#q}\n\nText.\n").replace("\n", "\r\n");
    CaseSite.Run run = build(file);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("Q?", page().selectFirst("section#q h2").ownText().strip());

    CaseSite.Run broken = build((FRONT + "Short.\n\n## Q? {#q}\n\n[x](#nope)\n").replace("\n", "\r\n"));
    assertTrue(broken.errRelativeTo(temp).startsWith("content/a.md:9:1: error: no question `#nope"),
        broken.err());
  }

  @Test
  void invalidUtf8IsReportedAtTheBadByte() throws IOException {
    byte[] start = (FRONT + "Short.\n\ncaf").getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[start.length + 2];
    System.arraycopy(start, 0, file, 0, start.length);
    file[start.length] = (byte) 0xE9;
    file[start.length + 1] = '\n';
    CaseSite.Run run = build(file);
    assertEquals(1, run.exitCode());
    assertEquals("content/a.md:7:4: error: the file is not valid UTF-8 (byte 0xE9 at offset "
        + start.length + "); save it as UTF-8", run.errRelativeTo(temp).lines().findFirst().orElseThrow());
  }

  /** A partial is checked with the layouts: FreeMarker would print U+FFFD on every page. */
  @Test
  void aTemplateThatIsNotUtf8IsReportedAtTheBadByte() throws IOException {
    CaseSite site = CaseSite.of("", temp);
    Path footer = temp.resolve("templates/partials/footer.ftlh");
    byte[] before = Files.readAllBytes(footer);
    byte[] file = java.util.Arrays.copyOf(before, before.length + 5);
    System.arraycopy(new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'}, 0, file, before.length, 5);
    Files.write(footer, file);
    long lines = new String(before, StandardCharsets.UTF_8).lines().count();
    for (String command : List.of("check", "build")) {
      CaseSite.Run run = site.run(command);
      assertEquals(1, run.exitCode(), run.err());
      assertEquals("templates/partials/footer.ftlh:" + (lines + 1) + ":4: error: the file is not "
          + "valid UTF-8 (byte 0xE9 at offset " + (before.length + 3) + "); save it as UTF-8",
          run.errRelativeTo(temp).lines().filter(line -> line.contains(": error: "))
              .findFirst().orElseThrow());
    }
  }

  @Test
  void anEmptyFileNeedsFrontMatter() throws IOException {
    CaseSite.Run run = build("");
    assertEquals(1, run.exitCode());
    assertEquals("content/a.md:1:1: error: the file does not start with front matter: add a `---` "
        + "line, then `title:` and `date:`, then a closing `---`",
        run.errRelativeTo(temp).lines().findFirst().orElseThrow());
  }

  @Test
  void aLoneOpeningFenceIsNeverClosed() throws IOException {
    CaseSite.Run run = build("---");
    assertEquals(1, run.exitCode());
    assertEquals("content/a.md:1:1: error: the front matter opened here is never closed: add a "
        + "line `---` after the last field", run.errRelativeTo(temp).lines().findFirst().orElseThrow());
  }

  @Test
  void yamlBombsAndTagsAreRefusedNotExpanded() throws IOException {
    StringBuilder bomb = new StringBuilder("---\ntitle: \"A?\"\ndate: 2023-09-01\na0: &a0 [x, x]\n");
    for (int i = 1; i < 60; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1)
          .append(", *a").append(i - 1).append("]\n");
    }
    bomb.append("---\nShort.\n");
    CaseSite.Run run = build(bomb.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertNoStackTrace(run);
    assertTrue(run.errRelativeTo(temp).startsWith("content/a.md:1:1: error: malformed YAML: "
        + "more than 50 aliases (`*name`) of lists or mappings, which can make a small file "
        + "grow without end as it is read; write the values out\n"), run.err());

    CaseSite.Run tagged = build(FRONT.replace("title: \"What is A?\"",
        "title: !!java.io.File [\"/etc/passwd\"]") + "Short.\n");
    assertEquals(1, tagged.exitCode(), tagged.err());
    assertNoStackTrace(tagged);
    assertEquals("content/a.md:2:8: error: `title` must be text, not a list",
        tagged.errRelativeTo(temp).lines().findFirst().orElseThrow());
  }

  @Test
  void tenMegabytesOfMarkdownBuild() throws IOException {
    StringBuilder file = new StringBuilder(FRONT).append("Short.\n\n");
    int question = 0;
    while (file.length() < 10_000_000) {
      file.append("## Question ").append(++question).append("?\n\n");
      for (int p = 0; p < 20; p++) {
        file.append("A paragraph with a [link](#question-1) in a long explainer that keeps on ")
            .append("going, and going, and going, so that the file grows to ten megabytes.\n\n");
      }
    }
    CaseSite.Run run = build(file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(question, page().select("section.question").size());
  }

  @Test
  void quotesNestedAThousandDeepAreRefusedWhereTheyGetTooDeep() throws IOException {
    CaseSite.Run run = build(FRONT + "Short.\n\n## Q? {#q}\n\n" + "> ".repeat(1000) + "deep\n");
    assertNoStackTrace(run);
    assertEquals("content/a.md:9:201: error: Markdown nested more than 100 levels deep (quotes, "
        + "lists or emphasis inside each other); flatten it",
        run.errRelativeTo(temp).lines().findFirst().orElseThrow());
  }

  @Test
  void listsNestedAThousandDeepAreRefused() throws IOException {
    CaseSite.Run run = build(FRONT + "Short.\n\n## Q? {#q}\n\n" + "- ".repeat(1000) + "### deep?\n");
    assertNoStackTrace(run);
    assertTrue(run.errRelativeTo(temp).startsWith("content/a.md:9:"), run.err());
    assertTrue(run.err().contains("Markdown nested more than 100 levels deep"), run.err());
  }

  @Test
  void aHundredLevelsOfQuotesOrListsBuildAndOneMoreIsRefused() throws IOException {
    String body = FRONT + "Short.\n\n## Q? {#q}\n\n";
    CaseSite.Run quotes = build(body + "> ".repeat(100) + "deep\n");
    assertEquals(0, quotes.exitCode(), quotes.err());
    assertEquals(100, page().select("section#q blockquote").size());

    StringBuilder lists = new StringBuilder(body);
    for (int level = 0; level < 100; level++) {
      lists.append("  ".repeat(level)).append("- level ").append(level + 1).append('\n');
    }
    CaseSite.Run listed = build(lists.toString());
    assertEquals(0, listed.exitCode(), listed.err());
    assertEquals(100, page().select("section#q ul").size());

    CaseSite.Run deeper = build(body + "> ".repeat(101) + "deep\n");
    assertEquals("content/a.md:9:201: error: Markdown nested more than 100 levels deep (quotes, "
        + "lists or emphasis inside each other); flatten it",
        deeper.errRelativeTo(temp).lines().findFirst().orElseThrow());
  }

  @Test
  void longRunsOfMarkupAreAnErrorNotACrash() throws IOException {
    CaseSite.Run run = build(FRONT + "Short.\n\n## Q? {#q}\n\n"
        + "*".repeat(5000) + "a" + "*".repeat(5000) + "\n");
    assertNoStackTrace(run);
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("content/a.md:9:1: error: the Markdown is too deeply nested or has too long a "
        + "run of markup characters to read; split it up",
        run.errRelativeTo(temp).lines().findFirst().orElseThrow());

    CaseSite.Run quotes = build(FRONT + "Short.\n\n## Q? {#q}\n\nText.\n\n  "
        + ">".repeat(20_000) + " x\n");
    assertNoStackTrace(quotes);
    assertTrue(quotes.errRelativeTo(temp).startsWith("content/a.md:11:3: error: the Markdown is "
        + "too deeply nested"), quotes.err());
  }

  @Test
  void frontMatterNestedTooDeepToReadIsAnError() throws IOException {
    CaseSite.Run run = build("---\ntitle: \"What is A?\"\ndate: 2023-09-01\nextra: "
        + "[".repeat(20_000) + "]".repeat(20_000) + "\n---\nShort.\n");
    assertNoStackTrace(run);
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("content/a.md:4:8: error: malformed YAML: lists or mappings nested too deep to "
        + "read; flatten them", run.errRelativeTo(temp).lines().findFirst().orElseThrow());

    CaseSite.Run mappings = build("---\ntitle: \"What is A?\"\ndate: 2023-09-01\nextra: "
        + "{a: [".repeat(5_000) + "]}".repeat(5_000) + "\n---\nShort.\n");
    assertNoStackTrace(mappings);
    assertTrue(mappings.errRelativeTo(temp).startsWith("content/a.md:4:8: error: malformed YAML: "
        + "lists or mappings nested too deep"), mappings.err());
  }

  @Test
  void realisticNestingAndAThousandBracketsBuild() throws IOException {
    CaseSite.Run run = build(FRONT + "Short.\n\n## Q? {#q}\n\n" + "> ".repeat(20) + "quoted\n\n"
        + "[".repeat(1000) + "x" + "]".repeat(1000) + "\n");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(20, page().select("section#q blockquote").size());
  }

  @Test
  void aThousandHeadingsOfEveryLevelKeepUniqueIds() throws IOException {
    StringBuilder file = new StringBuilder(FRONT).append("Short.\n\n");
    for (int i = 0; i < 1000; i++) {
      file.append("#".repeat(2 + i % 5)).append(" Same?\n\ntext\n\n");
    }
    CaseSite.Run run = build(file.toString());
    assertEquals(0, run.exitCode(), run.err());
    Document page = page();
    assertEquals(page.select("[id]").size(),
        page.select("[id]").eachAttr("id").stream().distinct().count());
  }

  @Test
  void tenThousandLinksInOneFileAreAllChecked() throws IOException {
    StringBuilder file = new StringBuilder(FRONT).append("Short.\n\n## Q? {#q}\n\n");
    // A hundred paragraphs of a hundred links: Flexmark's inline parser slows down with the
    // square of a paragraph's length, so one paragraph of 10,000 links would take minutes.
    for (int i = 0; i < 10_000; i++) {
      file.append("[link ").append(i).append("](").append(i == 9_999 ? "#gone" : "#q").append(")")
          .append(i % 100 == 99 ? "\n\n" : " ");
    }
    CaseSite.Run run = build(file.append('\n').toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.errRelativeTo(temp).startsWith(
        "content/a.md:207:") && run.err().contains("no question `#gone` in this explainer"), run.err());

    CaseSite.Run good = build(file.toString().replace("#gone", "#q"));
    assertEquals(0, good.exitCode(), good.err());
    assertEquals(10_000, page().select("section#q p a[href=#q]").size());
  }

  @Test
  void aPercentEncodedNulInALinkIsAMissingFileNotACrash() throws IOException {
    // Found by MarkdownPipelineFuzzTest: the decoded NUL made an invalid path.
    CaseSite.Run run = build(FRONT + "Short [nul](a%00b.md).\n\n## Q? {#q}\n");
    assertNoStackTrace(run);
    assertEquals("content/a.md:5:7: error: file `a%00b.md` not found",
        run.errRelativeTo(temp).lines().findFirst().orElseThrow());
  }

  @Test
  void aStrayPercentSignInALinkIsAMissingFileNotACrash() throws IOException {
    // Found by LinkResolverFuzzTest: `%` without two hex digits made the URL decoder throw.
    CaseSite.Run run = build(FRONT + "Short [pct](100%.md) [frag](#a%zz).\n\n## Q? {#q}\n");
    assertNoStackTrace(run);
    assertEquals("""
        content/a.md:5:7: error: file `100%.md` not found
        content/a.md:5:22: error: no question `#a%zz` in this explainer""",
        run.errRelativeTo(temp).lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow());
  }

  /**
   * What XML cannot hold (U+FFFE, half a surrogate pair), written as YAML escapes, is shown as
   * U+FFFD, so the feeds stay well-formed.
   */
  @Test
  void charactersXmlCannotHoldLeaveTheFeedsWellFormed() throws Exception {
    CaseSite site = CaseSite.of("-- content/site.yaml --\nbaseUrl: \"https://news.example/\"\n"
        + "-- content/a.md --\n---\ntitle: \"Bad \\uFFFE and \\uDBFF?\"\ndate: 2023-09-01\n"
        + "tags: [\"Tag\\uFFFF\"]\n---\nShort.\n\n## Q? {#q}\n", temp);
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    List<Path> feeds;
    try (var files = Files.walk(site.site())) {
      feeds = files.filter(file -> file.endsWith("feed.xml")).toList();
    }
    assertEquals(2, feeds.size(), "the site's feed and the topic's");
    for (Path feed : feeds) {
      javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(feed.toFile());
    }
    assertEquals("Bad \uFFFD and \uFFFD?", page().selectFirst("h1").text());
  }

  /**
   * A control character written in a file (a NUL, a bell) is an error at its place, as no
   * page can show it; one that a YAML escape writes is shown as U+FFFD. Neither reaches a page,
   * where a NUL would also be taken for the marks the body's HTML uses for its holes.
   */
  @Test
  void controlCharactersAreAnErrorWhereWrittenAndEscapedOnesBuildAsText() throws IOException {
    CaseSite.Run written = build(FRONT + "Short \u00e9 \u0000 with NUL and \u0007 bell.\n");
    assertNoStackTrace(written);
    assertEquals(1, written.exitCode(), written.err());
    assertEquals("content/a.md:5:9: error: the control character U+0000 (NULL) is here, which no "
        + "page can show; delete it", written.errRelativeTo(temp).lines().findFirst().orElseThrow());

    // NUL, H, 0, NUL is how the body's HTML marks the place of its first link's href.
    CaseSite.Run escaped = build(FRONT.replace("What is A?", "A\\u0000H0\\u0000B\\u0007?")
        + "Short with [a link](https://x.example/).\n\n## Q? {#q}\n");
    assertNoStackTrace(escaped);
    assertEquals(0, escaped.exitCode(), escaped.err());
    String page = Files.readString(temp.resolve("site/a/index.html"));
    assertFalse(page.contains("\u0000"));
    assertTrue(page.contains("A\uFFFDH0\uFFFDB\uFFFD?"), page);
    assertEquals(1, page.split("https://x\\.example/", -1).length - 1, page);
  }
}
