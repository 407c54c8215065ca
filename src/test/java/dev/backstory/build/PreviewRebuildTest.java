package dev.backstory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.bench.CorpusGenerator;
import dev.backstory.diag.Diagnostic;
import dev.backstory.model.PublicationPolicy;
import dev.backstory.model.Routes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's rebuilds after edits reuse what the last build loaded, resolved, reviewed and
 * connected, and render only the pages an edit can show on. After every one of a long run of
 * random edits, of every kind an editor makes, the pages it keeps must be byte for byte the
 * pages a full build of the same files writes.
 */
class PreviewRebuildTest {

  private static final int EXPLAINERS = 60;
  private static final int KINDS = 9;
  private static final int EDITS = 3 * KINDS;
  private static final int RETITLE = 1;
  private static final int LINK = 4;
  private static final Pattern HEADING = Pattern.compile("(?m)^## ([^\\n{]+?) \\{#([^}]+)}$");
  private static final Pattern TAGS = Pattern.compile("(?m)^tags: .*$");
  private static final Pattern DATE = Pattern.compile("(?m)^date: .*$");
  private static final Pattern TITLE = Pattern.compile("(?m)^title: .*$");

  /**
   * What a page-by-page rebuild leaves as the last full build wrote it, by design: the
   * downloads, made from the written site, and the not-found page, which no explainer shows.
   */
  private static final Pattern KEPT_UNTIL_FULL_BUILD = Pattern.compile("404\\.html|downloads/.*");

  /** Those, and the data files made from every explainer, written only when asked for. */
  private static final Pattern KEPT_UNTIL_ASKED_FOR = Pattern.compile(
      KEPT_UNTIL_FULL_BUILD.pattern() + "|search/search-index.*|.*feed\\.xml|sitemap\\.xml"
          + "|graph\\.json");

  /** Asking for one brings it up to date: graph.json alone, or the others together. */
  private static final List<String> DATA_FILES =
      List.of(Routes.GRAPH, Routes.SEARCH_INDEX, Routes.FEED, Routes.SITEMAP);

  @TempDir
  Path temp;

  @Test
  void everyEditRebuildsToWhatAFullBuildWrites() throws IOException {
    Path content = temp.resolve("content");
    new CorpusGenerator(7).write(content, EXPLAINERS);
    // With a base URL, so the site has feeds and a sitemap.
    Files.writeString(content.resolve("site.yaml"),
        "pageSize: 7\nbaseUrl: https://news.example/\n", java.nio.file.StandardOpenOption.APPEND);
    List<Path> files;
    try (Stream<Path> listed = Files.list(content)) {
      files = listed.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    Path templates = Path.of("templates");
    BuildOptions preview = new BuildOptions(content, templates, temp.resolve("preview"), true);
    BuildOptions full = new BuildOptions(content, templates, temp.resolve("full"), true);
    PreviewBuilder builder = new PreviewBuilder(Progress.SILENT);
    assertTrue(builder.build(preview).succeeded());

    Random random = new Random(11);
    // Explainers other explainers now link to by their first question: retitling one of those
    // must change the link text on pages that did not change themselves.
    List<Path> linkedTo = new ArrayList<>();
    int partial = 0;
    int leftForLater = 0;
    for (int edit = 0; edit < EDITS; edit++) {
      int choice = edit % KINDS; // every kind as often as the others, on random files
      Path file = choice == RETITLE && !linkedTo.isEmpty()
          ? linkedTo.get(random.nextInt(linkedTo.size())) : files.get(random.nextInt(files.size()));
      Path other = files.get(random.nextInt(files.size()));
      if (choice == LINK) {
        linkedTo.add(other);
      }
      String kind = edit(choice, file, other, edit, random);
      BuildReport rebuilt = builder.buildAfterEdits(preview, Set.of(file));
      assertTrue(rebuilt.succeeded(), kind + ": " + rebuilt.diagnostics());
      BuildReport reference = new SiteBuilder(Progress.SILENT).build(full);
      assertTrue(reference.succeeded(), kind + ": " + reference.diagnostics());
      if (rebuilt.pages() < reference.pages()) {
        partial++;
      }
      String when = "after edit " + edit + " (" + kind + " in " + file.getFileName() + ")";
      assertEquals(messages(reference), messages(rebuilt), when + ": the same findings");
      assertSamePages(temp.resolve("full"), temp.resolve("preview"), when, KEPT_UNTIL_ASKED_FOR);
      builder.refresh(preview, Routes.explainer(file.getFileName().toString().replace(".md", "")));
      if (!sameFiles(temp.resolve("full"), temp.resolve("preview"), DATA_FILES)) {
        leftForLater++;
      }
      String asked = DATA_FILES.get(edit % DATA_FILES.size());
      builder.refresh(preview, asked);
      assertTrue(sameFiles(temp.resolve("full"), temp.resolve("preview"), List.of(asked)),
          when + ", " + asked + " was asked for");
      for (String data : DATA_FILES) {
        builder.refresh(preview, data);
      }
      assertSamePages(temp.resolve("full"), temp.resolve("preview"),
          when + ", once its data files were asked for", KEPT_UNTIL_FULL_BUILD);
    }
    assertTrue(partial >= EDITS / 2, "most edits rebuilt only some pages: " + partial);
    assertTrue(leftForLater >= EDITS / 2,
        "most edits left the data files for later, not asked for by a page: " + leftForLater);
  }

  private static List<String> messages(BuildReport report) {
    return report.diagnostics().stream().map(Diagnostic::toString).sorted().toList();
  }

  @Test
  void aTagRespeltInOneExplainerChangesWhatAnotherIsWarnedOf() throws IOException {
    Path content = temp.resolve("content");
    Files.createDirectories(content);
    Path newer = content.resolve("a.md");
    Files.writeString(newer, """
        ---
        title: "What is newer?"
        date: 2024-03-02
        tags: ["C"]
        ---
        Short answer.

        ## Why? {#why}

        Because.
        """);
    Files.writeString(content.resolve("b.md"), """
        ---
        title: "What is older?"
        date: 2024-03-01
        tags: ["c#"]
        ---
        Short answer.

        ## Why? {#why}

        Because.
        """);
    BuildOptions preview =
        new BuildOptions(content, Path.of("templates"), temp.resolve("preview"), true);
    PreviewBuilder builder = new PreviewBuilder(Progress.SILENT);
    assertEquals(List.of("b.md:4:8"), tagSpellingPlaces(builder.build(preview)),
        "\"c#\" shares the topic page of the newer \"C\"");

    Files.writeString(newer, Files.readString(newer).replace("[\"C\"]", "[\"Go\"]"));
    assertEquals(List.of(), tagSpellingPlaces(builder.buildAfterEdits(preview, Set.of(newer))),
        "with \"C\" gone, \"c#\" names its own topic, though b.md did not change");

    Files.writeString(newer, Files.readString(newer).replace("[\"Go\"]", "[\"C\"]"));
    assertEquals(List.of("b.md:4:8"),
        tagSpellingPlaces(builder.buildAfterEdits(preview, Set.of(newer))));
  }

  /** Where each tag-spelling finding is, as {@code file:line:col} with the file's name only. */
  private static List<String> tagSpellingPlaces(BuildReport report) {
    return report.diagnostics().stream()
        .filter(d -> d.message().endsWith("[tag-spelling]"))
        .map(d -> Path.of(d.position().file()).getFileName() + ":" + d.position().line() + ":"
            + d.position().column())
        .toList();
  }

  @Test
  void anEditThatBreaksAnotherExplainersLinkIsAnErrorInThatExplainer() throws IOException {
    Path content = temp.resolve("content");
    Files.createDirectories(content);
    Files.writeString(content.resolve("a.md"), """
        ---
        title: "What links?"
        date: 2024-03-01
        ---
        Short answer.

        ## Where does it link? {#where}

        To [the reason](b.md#why).
        """);
    Path linkedTo = content.resolve("b.md");
    Files.writeString(linkedTo, """
        ---
        title: "What is linked to?"
        date: 2024-03-02
        ---
        Short answer.

        ## Why? {#why}

        Because.
        """);
    Files.writeString(content.resolve("c.md"), """
        ---
        title: "What stands apart?"
        date: 2024-03-03
        ---
        Short answer.

        ## Alone? {#alone}

        Yes.
        """);
    BuildOptions preview =
        new BuildOptions(content, Path.of("templates"), temp.resolve("preview"), true);
    PreviewBuilder builder = new PreviewBuilder(Progress.SILENT);
    assertTrue(builder.build(preview).succeeded());

    Files.writeString(linkedTo, Files.readString(linkedTo).replace("{#why}", "{#reason}"));
    BuildReport broken = builder.buildAfterEdits(preview, Set.of(linkedTo));
    assertFalse(broken.succeeded(), "a.md links to an id b.md no longer has");
    List<Diagnostic> errors = broken.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).position().file().endsWith("content/a.md"), errors.toString());
    assertEquals(9, errors.get(0).position().line());
    assertTrue(errors.get(0).message().contains("why"), errors.get(0).message());
  }

  @Test
  void aSaveThatChangesNothingLeavesTheDataFilesAsTheyAre() throws IOException {
    SmallPreview small = smallPreview();
    PreviewBuilder builder = small.builder();
    Path graph = temp.resolve("preview").resolve(Routes.GRAPH);
    Object written = fileKey(graph);

    BuildReport unchanged = builder.buildAfterEdits(small.options(), Set.of(small.file()));
    assertEquals(0, unchanged.pages(), "nothing changed, so no page was rendered");
    builder.refresh(small.options(), Routes.GRAPH);
    assertEquals(written, fileKey(graph),
        "graph.json was still up to date, and was not written again");

    small.addLine("A new closing line.");
    builder.refresh(small.options(), Routes.GRAPH);
    assertFalse(written.equals(fileKey(graph)),
        "after a change, asking for graph.json wrote it again");
  }

  @Test
  void askingForTheSearchIndexLeavesGraphJsonForLater() throws IOException {
    SmallPreview small = smallPreview();
    PreviewBuilder builder = small.builder();
    Path index = temp.resolve("preview").resolve(Routes.SEARCH_INDEX);
    Path graph = temp.resolve("preview").resolve(Routes.GRAPH);
    Object graphWritten = fileKey(graph);

    small.addLine("A new closing line.");
    builder.refresh(small.options(), Routes.SEARCH_INDEX);
    assertTrue(Files.readString(index).contains("A new closing line."),
        "the search index asked for has the new line");
    assertEquals(graphWritten, fileKey(graph), "graph.json, not asked for, was not written");
    Object indexWritten = fileKey(index);

    builder.refresh(small.options(), Routes.GRAPH);
    assertFalse(graphWritten.equals(fileKey(graph)), "asked for now, graph.json was written");
    builder.refresh(small.options(), Routes.FEED);
    assertEquals(indexWritten, fileKey(index),
        "the feed was written with the search index, and neither was written again");
  }

  @Test
  void aSearchIndexThatShrankLeavesNoPartBehind() throws IOException {
    Path content = temp.resolve("content");
    Files.createDirectories(content);
    Path big = content.resolve("big.md");
    String longAnswer = "Words to search for. ".repeat(60_000); // over a part of the index
    String explainer = """
        ---
        title: "What does a %s explainer hold?"
        date: 2024-03-0%d
        ---
        Short answer.

        ## What does it say? {#what}

        %s
        """;
    Files.writeString(big, explainer.formatted("big", 1, longAnswer));
    Files.writeString(content.resolve("small.md"), explainer.formatted("small", 2, "Little."));
    Path templates = Path.of("templates");
    BuildOptions preview = new BuildOptions(content, templates, temp.resolve("preview"), true);
    PreviewBuilder builder = new PreviewBuilder(Progress.SILENT);
    assertTrue(builder.build(preview).succeeded());
    Path secondPart = temp.resolve("preview").resolve(Routes.searchIndexPart(2));
    assertTrue(Files.exists(secondPart), "the long explainer has a part of its own");

    Files.writeString(big, explainer.formatted("big", 1, "Now short."));
    BuildReport rebuilt = builder.buildAfterEdits(preview, Set.of(big));
    BuildReport reference = new SiteBuilder(Progress.SILENT)
        .build(new BuildOptions(content, templates, temp.resolve("full"), true));
    assertTrue(rebuilt.succeeded() && reference.succeeded());
    assertTrue(rebuilt.pages() < reference.pages(), "rebuilt page by page");
    builder.refresh(preview, Routes.SEARCH_INDEX);
    assertFalse(Files.exists(secondPart), "the index fits in one part now");
    assertSamePages(temp.resolve("full"), temp.resolve("preview"), "after the index shrank",
        KEPT_UNTIL_ASKED_FOR);
  }

  @Test
  void retitlingARenamedExplainerRewritesThePageAtItsOldAddress() throws IOException {
    Path content = temp.resolve("content");
    Files.createDirectories(content);
    Path renamed = content.resolve("new-name.md");
    Files.writeString(renamed, """
        ---
        title: "What is the new name?"
        date: 2024-03-01
        aliases: ["old-name"]
        ---
        Short answer.

        ## Why rename? {#why}

        Because.
        """);
    Path templates = Path.of("templates");
    BuildOptions preview = new BuildOptions(content, templates, temp.resolve("preview"), true);
    PreviewBuilder builder = new PreviewBuilder(Progress.SILENT);
    assertTrue(builder.build(preview).succeeded());

    Files.writeString(renamed, Files.readString(renamed).replace("new name?", "newer name?"));
    assertTrue(builder.buildAfterEdits(preview, Set.of(renamed)).succeeded());
    assertTrue(new SiteBuilder(Progress.SILENT)
        .build(new BuildOptions(content, templates, temp.resolve("full"), true)).succeeded());
    assertEquals("What is the newer name?", Jsoup.parse(
        temp.resolve("preview/old-name/index.html").toFile(), "UTF-8").selectFirst("main a").text());
    assertSamePages(temp.resolve("full"), temp.resolve("preview"), "after the retitle",
        KEPT_UNTIL_ASKED_FOR);
  }

  @Test
  void publishingADraftOpensItsTopicToSearchEngines() throws IOException {
    Path content = temp.resolve("content");
    Files.createDirectories(content);
    Path drafted = content.resolve("drafted.md");
    Files.writeString(drafted, """
        ---
        title: "What is being drafted?"
        date: 2024-03-01
        tags: ["Only here"]
        draft: true
        ---
        Short answer.

        ## Why? {#why}

        Because.
        """);
    BuildOptions preview = new BuildOptions(content, Path.of("templates"), temp.resolve("preview"),
        true, null, PublicationPolicy.EVERYTHING);
    PreviewBuilder builder = new PreviewBuilder(Progress.SILENT);
    assertTrue(builder.build(preview).succeeded());
    Path topic = temp.resolve("preview/topics/only-here/index.html");
    assertEquals(List.of("noindex"), robots(topic), "a topic of drafts alone");

    Files.writeString(drafted, Files.readString(drafted).replace("draft: true\n", ""));
    assertTrue(builder.buildAfterEdits(preview, Set.of(drafted)).succeeded());
    assertEquals(List.of(), robots(topic), "its explainer is published now");
    assertEquals(List.of(), robots(temp.resolve("preview/drafted/index.html")));
  }

  private static List<String> robots(Path page) throws IOException {
    return Jsoup.parse(page.toFile()).select("meta[name=robots]").eachAttr("content");
  }

  @Test
  void removingSomeonesOnlyQuoteRemovesTheirPage() throws IOException {
    Path content = temp.resolve("content");
    Files.createDirectories(content);
    Path quoting = content.resolve("quoting.md");
    String quote = "\n> Words worth quoting.\n>\n> — Jane Roe, adviser\n";
    Files.writeString(quoting, """
        ---
        title: "Who said it?"
        date: 2024-03-01
        ---
        Short answer.

        ## What was said? {#what}

        Something was said.
        """ + quote);
    BuildOptions preview = new BuildOptions(content, Path.of("templates"), temp.resolve("preview"),
        true);
    PreviewBuilder builder = new PreviewBuilder(Progress.SILENT);
    assertTrue(builder.build(preview).succeeded());
    Path page = temp.resolve("preview/people/jane-roe/index.html");
    assertTrue(Files.exists(page));

    Files.writeString(quoting, Files.readString(quoting).replace(quote, ""));
    assertTrue(builder.buildAfterEdits(preview, Set.of(quoting)).succeeded());
    assertFalse(Files.exists(page), "no one is quoted as Jane Roe any more");
  }

  @Test
  void removingOneOfSomeonesQuotesTakesItOffTheirPage() throws IOException {
    Path content = temp.resolve("content-two-quotes");
    Files.createDirectories(content);
    for (String name : List.of("first", "second")) {
      Files.writeString(content.resolve(name + ".md"), """
          ---
          title: "What did the %1$s adviser say?"
          date: 2024-03-01
          ---
          Short answer.

          ## What was said? {#what}

          > Words from the %1$s explainer.
          >
          > — Jane Roe, adviser
          """.formatted(name));
    }
    Path output = temp.resolve("preview-two-quotes");
    BuildOptions preview = new BuildOptions(content, Path.of("templates"), output, true);
    PreviewBuilder builder = new PreviewBuilder(Progress.SILENT);
    assertTrue(builder.build(preview).succeeded());
    Path page = output.resolve("people/jane-roe/index.html");
    assertEquals(2, Jsoup.parse(page.toFile(), "UTF-8").select("ol.person-quotes > li").size());

    Path second = content.resolve("second.md");
    Files.writeString(second, Files.readString(second)
        .replace("> Words from the second explainer.\n>\n> — Jane Roe, adviser\n", ""));
    assertTrue(builder.buildAfterEdits(preview, Set.of(second)).succeeded());
    assertEquals(List.of("Words from the first explainer."),
        Jsoup.parse(page.toFile(), "UTF-8").select("ol.person-quotes blockquote").eachText(),
        "she is still quoted in the first explainer, and only there");
  }

  @Test
  void anEditThatShowsAnotherImageCopiesIt() throws IOException {
    Path content = temp.resolve("content-images");
    Files.createDirectories(content.resolve("images"));
    for (String name : List.of("first", "second")) {
      Files.writeString(content.resolve("images/" + name + ".svg"),
          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>\n");
    }
    Path explainer = content.resolve("pictured.md");
    String text = """
        ---
        title: "What does it look like?"
        date: 2024-03-01
        ---
        Short answer.

        ## What is shown? {#shown}

        ![The first picture](images/first.svg)
        """;
    Files.writeString(explainer, text);
    Path output = temp.resolve("preview-images");
    BuildOptions preview = new BuildOptions(content, Path.of("templates"), output, true);
    PreviewBuilder builder = new PreviewBuilder(Progress.SILENT);
    assertTrue(builder.build(preview).succeeded());
    assertFalse(Files.exists(output.resolve("media/images/second.svg")), "not shown yet");

    Files.writeString(explainer, text + "\n![The second picture](images/second.svg)\n");
    assertTrue(builder.buildAfterEdits(preview, Set.of(explainer)).succeeded());
    Path page = output.resolve("pictured/index.html");
    List<String> sources = Jsoup.parse(page.toFile(), "UTF-8").select("main img").eachAttr("src");
    assertEquals(2, sources.size(), sources.toString());
    for (String src : sources) {
      assertTrue(Files.isRegularFile(page.resolveSibling(src).normalize()), src + " is copied");
    }
  }

  /** Makes one random edit to {@code file}, and says what it was. */
  private static String edit(int choice, Path file, Path other, int edit, Random random)
      throws IOException {
    String text = Files.readString(file);
    String otherSlug = slug(other);
    Matcher otherHeading = HEADING.matcher(Files.readString(other));
    String otherId = otherHeading.find() ? otherHeading.group(2) : null;
    int body = text.indexOf("\n---\n", 4) + "\n---\n".length();
    String kind;
    String edited;
    switch (choice) {
      case 0 -> {
        kind = "reworded short answer";
        edited = text.substring(0, body) + "\nEdit " + edit + ". " + text.substring(body + 1);
      }
      case RETITLE -> {
        kind = "retitled question";
        edited = HEADING.matcher(text).replaceFirst("## Retitled at edit " + edit + "? {#$2}");
      }
      case 2 -> {
        kind = "new tags";
        // Two spellings of each tag, so that the tag-spelling check has findings to keep.
        edited = TAGS.matcher(text).replaceFirst("tags: [\""
            + (random.nextBoolean() ? "Edited topic " : "edited Topic ") + random.nextInt(3)
            + "\", \"Shared desk\"]");
      }
      case 3 -> {
        kind = "new date";
        edited = DATE.matcher(text).replaceFirst(
            "date: 20" + (10 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9)) + "-1"
                + random.nextInt(10));
      }
      case LINK -> {
        kind = "link to another explainer's question";
        edited = text + "\nSee [a related question](" + other.getFileName() + "#" + otherId
            + ") and [[" + otherSlug + "#" + otherId + "]].\n";
      }
      case 5 -> {
        kind = "new quote";
        edited = text + "\n> Words said at edit " + edit + ".\n>\n> — Quoted Person "
            + random.nextInt(3) + ", adviser\n";
      }
      case 6 -> {
        kind = "new title";
        edited = TITLE.matcher(text).replaceFirst("title: \"Why did edit " + edit + " happen?\"");
      }
      case 7 -> {
        kind = "new timeline event";
        String event = "  - date: \"20" + (10 + random.nextInt(15)) + "\"\n"
            + "    event: \"Something happened at edit " + edit + ".\"\n";
        int timeline = text.indexOf("\ntimeline:\n");
        int at = timeline >= 0 ? timeline + "\ntimeline:\n".length() : body - "---\n".length();
        edited = text.substring(0, at) + (timeline >= 0 ? "" : "timeline:\n") + event
            + text.substring(at);
      }
      default -> {
        kind = "paragraph appended";
        edited = text + "\nA closing paragraph written at edit " + edit + ".\n";
      }
    }
    Files.writeString(file, edited);
    return kind;
  }

  private static String slug(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".md".length());
  }

  private static void assertSamePages(Path expected, Path actual, String when, Pattern exempt)
      throws IOException {
    TreeMap<String, Path> want = pages(expected);
    TreeMap<String, Path> got = pages(actual);
    Set<String> missing = new TreeSet<>(want.keySet());
    missing.removeAll(got.keySet());
    Set<String> extra = new TreeSet<>(got.keySet());
    extra.removeAll(want.keySet());
    assertEquals("missing [], extra []", "missing " + missing + ", extra " + extra, when);
    List<String> differing = new ArrayList<>();
    for (String page : want.keySet()) {
      if (!exempt.matcher(page).matches()
          && Files.mismatch(want.get(page), got.get(page)) >= 0) {
        differing.add(page);
      }
    }
    assertEquals(List.of(), differing, when);
  }

  /** A preview of five generated explainers, built, and the first explainer's file. */
  private record SmallPreview(Path file, BuildOptions options, PreviewBuilder builder) {

    /** Adds a closing line to the file and rebuilds after the save. */
    void addLine(String line) throws IOException {
      Files.writeString(file, Files.readString(file) + "\n" + line + "\n");
      assertTrue(builder.buildAfterEdits(options, Set.of(file)).succeeded());
    }
  }

  private SmallPreview smallPreview() throws IOException {
    Path content = temp.resolve("content");
    new CorpusGenerator(3).write(content, 5);
    Path file;
    try (Stream<Path> listed = Files.list(content)) {
      file = listed.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
    }
    BuildOptions preview =
        new BuildOptions(content, Path.of("templates"), temp.resolve("preview"), true);
    PreviewBuilder builder = new PreviewBuilder(Progress.SILENT);
    assertTrue(builder.build(preview).succeeded());
    return new SmallPreview(file, preview, builder);
  }

  /** Which file is at {@code path}: a file written again (written aside, then moved) is another. */
  private static Object fileKey(Path path) throws IOException {
    return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
  }

  private static boolean sameFiles(Path expected, Path actual, List<String> paths)
      throws IOException {
    for (String path : paths) {
      if (Files.mismatch(expected.resolve(path), actual.resolve(path)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static TreeMap<String, Path> pages(Path site) throws IOException {
    TreeMap<String, Path> pages = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      walk.filter(Files::isRegularFile)
          .forEach(p -> pages.put(site.relativize(p).toString().replace('\\', '/'), p));
    }
    pages.remove(".backstory-output");
    return pages;
  }
}
