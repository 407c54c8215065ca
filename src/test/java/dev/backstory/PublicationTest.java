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
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts and explainers dated after "now" are left out of every page unless asked for; what is
 * published shows its reading time and its latest change.
 */
class PublicationTest {

  private static final String SITE = """
      -- content/published.md --
      ---
      title: "What is published?"
      dek: "Out now."
      authors: ["Desk"]
      date: 2023-09-01
      tags: ["Shared"]
      corrections:
        - date: 2023-09-20
          type: correction
          text: "Fixed a date."
      ---
      One two three four five six seven eight nine ten.

      ## Why? {#why}

      Eleven twelve.
      -- content/draft.md --
      ---
      title: "What is still a draft?"
      dek: "Not yet."
      authors: ["Desk"]
      date: 2023-09-02
      tags: ["Shared", "Draft topic"]
      draft: true
      ---
      Draft words.

      ## Why? {#why}

      See [the published one](published.md).
      -- content/future.md --
      ---
      title: "What comes next?"
      dek: "Later."
      authors: ["Desk"]
      date: 2023-10-01
      tags: ["Shared", "Future topic"]
      ---
      Future words.

      ## Why? {#why}

      See [the published one](published.md).
      """;

  @TempDir Path temp;

  @Test
  void draftsAndFutureExplainersAreLeftOutEverywhere() throws IOException {
    CaseSite site = CaseSite.of(SITE, temp);
    CaseSite.Run run = site.run("build", "--now", "2023-09-15");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Built 1 explainer, 1 question, 1 topic "), run.out());
    assertTrue(run.out().endsWith("; left out 1 draft and 1 explainer dated after today "
        + "(--drafts, --future to include)\n"), run.out());
    CaseSite.Run checked = site.run("check", "--now", "2023-09-15", "--drafts");
    assertTrue(checked.out().endsWith("; left out 1 explainer dated after today (--future to "
        + "include)\n"), checked.out());

    assertEquals(List.of("404.html", "index.html", "people/index.html", "published/index.html",
        "questions/index.html", "search/index.html", "timeline/index.html",
        "topics/shared/index.html"), htmlPages(site));
    for (String page : htmlPages(site)) {
      Document html = page(site, page);
      assertTrue(html.select("a[href*=draft], a[href*=future]").isEmpty(), page);
      assertFalse(html.text().contains("still a draft"), page);
      assertFalse(html.text().contains("comes next"), page);
    }
    assertEquals(List.of("What is published?"),
        page(site, "index.html").select("main h2 a, main h3 a").eachText().stream()
            .filter(t -> t.startsWith("What")).toList());
    assertTrue(page(site, "published/index.html").select(".draft-banner").isEmpty());
  }

  @Test
  void draftsAndFutureAreIncludedWhenAskedForAndDraftsCarryABanner() throws IOException {
    CaseSite site = CaseSite.of(SITE, temp);
    CaseSite.Run run = site.run("build", "--now", "2023-09-15", "--drafts", "--future");
    assertEquals(0, run.exitCode(), run.err());
    assertFalse(run.out().contains("left out"), run.out());

    assertEquals(List.of("404.html", "draft/index.html", "future/index.html", "index.html",
        "people/index.html", "published/index.html", "questions/index.html", "search/index.html",
        "timeline/index.html", "topics/draft-topic/index.html", "topics/future-topic/index.html",
        "topics/shared/index.html"), htmlPages(site));
    assertEquals("Draft: not published; shown because drafts are included in this build.",
        page(site, "draft/index.html").selectFirst(".draft-banner").text());
    assertTrue(page(site, "future/index.html").select(".draft-banner").isEmpty());
    assertEquals(3, page(site, "topics/shared/index.html").select("main a[href*=index.html]")
        .eachAttr("href").stream().filter(h -> h.startsWith("../../") && !h.contains("topics")
            && !h.equals("../../index.html")).distinct().count());
  }

  @Test
  void aDraftInABuildThatIncludesItIsKeptOutOfSearchEngines() throws IOException {
    CaseSite site = CaseSite.of(SITE, temp);
    CaseSite.Run run = site.run("build", "--now", "2023-09-15", "--drafts", "--future",
        "--base-url", "https://example.org/news/");
    assertEquals(0, run.exitCode(), run.err());
    // The draft, and the topic only the draft has; a topic that lists a draft among others,
    // and the home page, are still for search engines.
    for (String page : List.of("draft/index.html", "topics/draft-topic/index.html")) {
      assertEquals(List.of("noindex"),
          page(site, page).select("meta[name=robots]").eachAttr("content"), page);
    }
    for (String page : List.of("future/index.html", "published/index.html", "index.html",
        "topics/shared/index.html", "topics/future-topic/index.html")) {
      assertTrue(page(site, page).select("meta[name=robots]").isEmpty(), page);
    }
    Document sitemap = Jsoup.parse(Files.readString(site.site().resolve("sitemap.xml")), "",
        org.jsoup.parser.Parser.xmlParser());
    List<String> addresses = sitemap.select("url > loc").eachText();
    for (String listed : List.of("", "future/", "published/", "topics/shared/",
        "topics/future-topic/")) {
      assertTrue(addresses.contains("https://example.org/news/" + listed),
          listed + " in " + addresses);
    }
    assertFalse(addresses.stream().anyMatch(a -> a.contains("draft")), addresses.toString());
  }

  @Test
  void futureIsJudgedAgainstToday() throws IOException {
    CaseSite site = CaseSite.of(SITE, temp);
    CaseSite.Run run = site.run("build", "--now", "2023-10-01");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(site.site().resolve("future/index.html")), "dated today is published");
  }

  /**
   * Without --now, today is the site's: Kiritimati's date is always at least a day ahead of
   * Pago Pago's (25 hours apart), so an explainer dated today in Kiritimati is published there
   * and is still in the future in Pago Pago, whenever the test runs.
   */
  @Test
  void todayIsTheSitesInItsTimeZone() throws IOException {
    LocalDate kiritimati = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
    for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
      CaseSite site = CaseSite.of("-- content/site.yaml --\ntimeZone: \"" + zone + "\"\n"
          + SITE.replace("date: 2023-10-01", "date: " + kiritimati), temp.resolve(zone));
      CaseSite.Run run = site.run("build");
      assertEquals(0, run.exitCode(), run.err());
      boolean inKiritimati = zone.equals("Pacific/Kiritimati");
      assertEquals(inKiritimati, Files.exists(site.site().resolve("future/index.html")), zone);
      assertEquals(!inKiritimati, run.out().contains("1 explainer dated after today"), run.out());
    }
  }

  @Test
  void bylineShowsReadingTimeWordCountAndTheNewestCorrectionAsTheUpdate() throws IOException {
    CaseSite site = CaseSite.of(SITE, temp);
    assertEquals(0, site.run("build", "--now", "2023-09-15").exitCode());
    Document page = page(site, "published/index.html");
    assertEquals("1 min read (13 words)", page.selectFirst(".byline .reading-time").text());
    assertEquals("2023-09-20", page.selectFirst(".byline .updated time").attr("datetime"));
  }

  private static List<String> htmlPages(CaseSite site) throws IOException {
    try (Stream<Path> files = Files.walk(site.site())) {
      return files.filter(f -> f.toString().endsWith(".html"))
          .map(f -> site.site().relativize(f).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  private static Document page(CaseSite site, String path) throws IOException {
    Path file = site.site().resolve(path);
    return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
  }
}
