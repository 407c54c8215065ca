package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a small fixture site whose links, quotes, topics and dates are known, and checks the
 * pages that show how its explainers connect, as a reader (or a tool reading graph.json) sees
 * them. See src/test/resources/fixtures/link-graph.site for the scores worked out by hand.
 */
class LinkGraphSiteTest {

  @TempDir static Path temp;
  static CaseSite fixture;

  @BeforeAll
  static void build() throws IOException {
    String text = Files.readString(CaseSite.REPO.resolve("src/test/resources/fixtures/link-graph.site"));
    fixture = CaseSite.of(text, temp);
    CaseSite.Run run = fixture.run();
    assertEquals(0, run.exitCode(), run.err());
  }

  static Document page(String path) throws IOException {
    Path file = fixture.site().resolve(path);
    return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
  }

  /** Each question's "Referenced in" entries as "href | text", section by section. */
  static List<String> backlinks(Document page, String questionId) {
    Element section = page.getElementById(questionId);
    assertNotNull(section, questionId);
    return section.select(".referenced-in li > a")
        .eachAttr("href").stream().toList();
  }

  @Test
  void backlinksPointAtTheReferringSectionsAndOnlyThose() throws IOException {
    Document b = page("b/index.html");
    assertEquals(List.of("../a/index.html#a1", "../c/index.html#c1"), backlinks(b, "b1"));
    assertEquals(List.of("../a/index.html#a2"), backlinks(b, "b2"),
        "a link to the old id b2 had counts for the section that carries it now");
    Document a = page("a/index.html");
    assertEquals(List.of("../b/index.html#b1"), backlinks(a, "a1"));
    assertEquals(List.of(), backlinks(a, "a2"));
    assertEquals(List.of(), backlinks(page("d/index.html"), "d1"));
    assertEquals(List.of("../a/index.html#a1"), backlinks(page("c/index.html"), "c1"));

    Element first = b.getElementById("b1").selectFirst(".referenced-in li");
    assertEquals("First question of A?", first.selectFirst("a").text());
    assertEquals("See the first of B for more.", first.selectFirst(".backlink-context").text());
    assertEquals(List.of("../a/index.html", "../c/index.html"),
        b.select("nav#backlinks li a").eachAttr("href"));
    assertEquals(List.of(), page("d/index.html").select("nav#backlinks li a").eachAttr("href"));
  }

  @Test
  void relatedExplainersAreRankedByTheDocumentedScore() throws IOException {
    // a–b: 3 links (9) + topic X (2) + Jane Roe (1) = 12; a–c: 1 link (3);
    // a–d: topic Y (2) + Jane Roe through her alias (1) = 3, and d is newer than c.
    assertEquals(List.of("../b/index.html", "../d/index.html", "../c/index.html"),
        page("a/index.html").select("nav#related li.summary h3 a").eachAttr("href"));
    // b–a: 12; b–c: the include (3); b–d: Jane Roe (1).
    assertEquals(List.of("../a/index.html", "../c/index.html", "../d/index.html"),
        page("b/index.html").select("nav#related li.summary h3 a").eachAttr("href"));
  }

  @Test
  void peoplePagesListExactlyTheirQuotes() throws IOException {
    Document people = page("people/index.html");
    assertEquals(List.of("Dr John Doe", "Jane Q. Roe"), people.select("ul.people li > a").eachText());
    assertEquals(List.of("john-doe/index.html", "jane-roe/index.html"),
        people.select("ul.people li > a").eachAttr("href"));
    assertTrue(people.select("ul.people li").get(1).text().contains("(3 quotes in 3 explainers)"));

    Document jane = page("people/jane-roe/index.html");
    assertEquals("Jane Q. Roe", jane.selectFirst("h1").text());
    assertEquals(List.of("A line from a profile’s alias.", "Something Jane said.",
        "Something else Jane said."), jane.select("ol.person-quotes blockquote").eachText());
    assertEquals(List.of("../../d/index.html#d1", "../../a/index.html#a1", "../../b/index.html#b1"),
        jane.select("ol.person-quotes figcaption a:first-of-type").eachAttr("href"));
    assertEquals(List.of("Something John said."),
        page("people/john-doe/index.html").select("ol.person-quotes blockquote").eachText());

    Element attribution = page("b/index.html").selectFirst("#b1 figure.quote .quote-speaker a");
    assertEquals("../people/jane-roe/index.html", attribution.attr("href"));
  }

  @Test
  void theMergedTimelineIsInDateOrderGroupedByYear() throws IOException {
    Document timeline = page("timeline/index.html");
    assertEquals(List.of("1948", "1990", "2022", "2023"), timeline.select("section h2").eachText());
    assertEquals(List.of("1948", "1990", "2022", "2022-02", "2022-02-24", "2023-07-27"),
        timeline.select("section li time").eachAttr("datetime"));
    assertEquals(List.of("../a/index.html", "../c/index.html", "../b/index.html",
            "../a/index.html#a1", "../b/index.html#b2", "../d/index.html#d1"),
        timeline.select("section li > a:first-of-type").eachAttr("href"));
  }

  @Test
  void oldSlugsRedirectAndOldIdsStillLand() throws IOException {
    Document redirect = page("old-b/index.html");
    assertEquals("0; url=../b/index.html",
        redirect.selectFirst("meta[http-equiv=refresh]").attr("content"));
    assertEquals("https://example.org/x/b/", redirect.selectFirst("link[rel=canonical]").attr("href"),
        "the explainer's own canonical address, as its page gives");
    assertEquals("../b/index.html", redirect.selectFirst("main a").attr("href"));
    assertTrue(Files.exists(fixture.site().resolve("old-b").resolve("../b/index.html")));

    Document b = page("b/index.html");
    Element old = b.getElementById("old-b2");
    assertNotNull(old, "the old id is still on the page");
    assertEquals("b2", old.closest("section.question").id());
    assertEquals("../b/index.html#b2",
        page("a/index.html").selectFirst("#a2 a[href*=b/index]").attr("href"),
        "links written to the old id go straight to the new one");
  }

  @Test
  void includesShowTheSourceSectionWithItsOrigin() throws IOException {
    Element include = page("c/index.html").selectFirst("#c1 aside.included-question");
    assertNotNull(include);
    assertEquals("../b/index.html#b1", include.selectFirst(".included-from a").attr("href"));
    assertEquals("What is B?", include.selectFirst(".included-from a").text());
    assertEquals("2023-01-02", include.selectFirst(".included-from time").attr("datetime"));
    assertEquals("First question of B?", include.selectFirst("h3").text());
    assertEquals("../a/index.html#a1", include.select("p a").last().attr("href"),
        "a link inside the copied section still leads where it did");
    assertEquals(0, include.select("[id]").size(), "the copy brings no duplicate ids");
  }

  @Test
  void includesThatIncludeEachOtherStopAfterOneLevel(@TempDir Path other) throws IOException {
    CaseSite cycle = CaseSite.of("""
        -- content/a.md --
        ---
        title: "What is A?"
        date: 2023-01-01
        ---
        Short.

        ## A's question? {#qa}

        From B:

        ![[b#qb]]
        -- content/b.md --
        ---
        title: "What is B?"
        date: 2023-01-02
        ---
        Short.

        ## B's question? {#qb}

        From A:

        ![[a#qa]]
        """, other);
    CaseSite.Run run = cycle.run();
    assertEquals(0, run.exitCode(), run.err());
    Path file = cycle.site().resolve("a/index.html");
    Document a = Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    Element include = a.selectFirst("#qa aside.included-question");
    assertEquals("B's question?", include.selectFirst("h3").text().replace('\u2019', '\''));
    assertEquals(0, include.select("aside aside").size(), "no include inside the include");
    Element back = include.selectFirst("p.included-link a");
    assertEquals("../a/index.html#qa", back.attr("href"),
        "B's own include of A's question shows as a link back");
  }

  @Test
  void wikiLinksWithoutALabelReadAsTheirTarget() throws IOException {
    Element link = page("a/index.html").selectFirst("#a1 a[href=../c/index.html#c1]");
    assertEquals("First question of C?", link.text());
  }

  @Test
  void linkPreviewDataNamesTheTargetQuestionAndItsFirstSentences() throws IOException {
    Element data = page("a/index.html").getElementById("link-previews");
    JsonNode previews = new ObjectMapper().readTree(data.data());
    // B links to A too: its page, listed under "Explainers that link here", has one as well.
    assertEquals(Set.of("../b/index.html", "../b/index.html#b1", "../b/index.html#b2",
        "../c/index.html#c1"), new TreeSet<>(iterable(previews.fieldNames())));
    JsonNode c1 = previews.get("../c/index.html#c1");
    assertEquals("What is C?", c1.get("explainer").asText());
    assertEquals("First question of C?", c1.get("question").asText());
    assertEquals("A note on First question of C?: B\u2019s first question, in place.",
        c1.get("excerpt").asText(), "an include is not part of the excerpt");
    assertNotNull(page("a/index.html").selectFirst("script[src=../assets/previews.js]"));
    assertEquals(null, page("d/index.html").getElementById("link-previews"),
        "a page without cross-links carries no preview data");
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  @Test
  void questionIndexListsEveryQuestionUnderItsTopics() throws IOException {
    Document questions = page("questions/index.html");
    assertEquals(List.of("X", "Y", "Z"), questions.select("section h2").eachText());
    assertEquals(List.of("../a/index.html#a1", "../a/index.html#a2", "../b/index.html#b1",
            "../b/index.html#b2"),
        questions.select("section").get(0).select("li > a").eachAttr("href"));
  }

  @Test
  void graphJsonHoldsTheFixturesNodesAndEdges() throws IOException {
    JsonNode graph = new ObjectMapper().readTree(fixture.site().resolve("graph.json").toFile());
    Set<String> nodes = new TreeSet<>();
    graph.get("nodes").forEach(n -> nodes.add(n.get("type").asText() + " " + n.get("id").asText()
        + " " + n.get("url").asText()));
    assertEquals(new TreeSet<>(List.of(
        "explainer explainer:a a/index.html", "explainer explainer:b b/index.html",
        "explainer explainer:c c/index.html", "explainer explainer:d d/index.html",
        "question question:a#a1 a/index.html#a1", "question question:a#a2 a/index.html#a2",
        "question question:b#b1 b/index.html#b1", "question question:b#b2 b/index.html#b2",
        "question question:c#c1 c/index.html#c1", "question question:d#d1 d/index.html#d1",
        "person person:jane-roe people/jane-roe/index.html",
        "person person:john-doe people/john-doe/index.html",
        "topic topic:x topics/x/index.html", "topic topic:y topics/y/index.html",
        "topic topic:z topics/z/index.html")), nodes);
    List<String> edges = new ArrayList<>();
    graph.get("edges").forEach(e -> edges.add(e.get("type").asText() + " "
        + e.get("from").asText() + " " + e.get("to").asText()));
    assertEquals(List.of(
        "include question:c#c1 question:b#b1",
        "link question:a#a1 question:b#b1",
        "link question:a#a1 question:c#c1",
        "link question:a#a2 question:b#b2",
        "link question:b#b1 question:a#a1",
        "quote person:jane-roe question:a#a1",
        "quote person:jane-roe question:b#b1",
        "quote person:jane-roe question:d#d1",
        "quote person:john-doe question:b#b1",
        "tag explainer:a topic:x",
        "tag explainer:a topic:y",
        "tag explainer:b topic:x",
        "tag explainer:c topic:z",
        "tag explainer:d topic:y"), edges);
    List<String> absolute = new ArrayList<>();
    graph.get("nodes").forEach(n -> absolute.add(n.get("absoluteUrl").asText()));
    // At the page's canonical address, as its own head and the sitemap give it.
    assertTrue(absolute.contains("https://example.org/x/a/#a1"), absolute.toString());
    assertTrue(absolute.contains("https://example.org/x/topics/x/"), absolute.toString());
  }
}
