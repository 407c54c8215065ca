package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo content shows off the link graph: what a reader finds on its connection pages. */
class DemoConnectionsTest {

  @TempDir static Path temp;
  static CaseSite demo;

  @BeforeAll
  static void build() throws IOException {
    demo = CaseSite.demo(temp);
    CaseSite.Run run = demo.run();
    assertEquals(0, run.exitCode(), run.err());
  }

  static Document page(String path) throws IOException {
    Path file = demo.site().resolve(path);
    return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
  }

  @Test
  void atLeastSixPeopleAreQuotedAndSomeInSeveralExplainers() throws IOException {
    List<Element> people = page("people/index.html").select("ul.people > li");
    assertTrue(people.size() >= 6, "people quoted: " + people.size());
    long inSeveral = people.stream()
        .filter(li -> !li.text().matches(".*in 1 explainer\\)$")).count();
    assertTrue(inSeveral >= 2, "people quoted in two or more explainers: " + inSeveral);
    Document seiler = page("people/sydney-seiler/index.html");
    assertEquals("Former national intelligence officer for North Korea, US National Intelligence "
        + "Council (formerly)", seiler.selectFirst("p.dek").text(), "from content/people/");
    assertTrue(seiler.select("ol.person-quotes > li").size() >= 4);
  }

  /**
   * Every link in an explainer's text to another explainer previews its target, links in a
   * question included from another explainer as much as the page's own.
   */
  @Test
  void everyCrossLinkInTheTextIncludedSectionsTooHasAPreview() throws IOException {
    int included = 0;
    try (var folders = Files.list(demo.root().resolve("content"))) {
      for (String slug : folders.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".md")).map(name -> name.replace(".md", "")).toList()) {
        Document page = page(slug + "/index.html");
        Element data = page.getElementById("link-previews");
        String previews = data == null ? "{}" : data.data();
        for (Element link : page.select("#short-answer a[href], "
            + "section.question > :not(h2, .referenced-in) a[href]")) {
          String href = link.attr("href");
          if (href.matches("\\.\\./[^/]+/index\\.html(#.*)?")
              && !href.startsWith("../" + slug + "/")) {
            assertTrue(previews.contains("\"" + href + "\""), slug + ": " + href);
            included += link.closest("aside.included-question") != null ? 1 : 0;
          }
        }
      }
    }
    assertTrue(included > 1, "the demo includes a question with links of its own");
  }

  @Test
  void theMergedTimelineRunsFrom1948To2023AcrossExplainers() throws IOException {
    Document timeline = page("timeline/index.html");
    List<String> years = timeline.select("section.timeline-year > h2").eachText();
    assertEquals("1948", years.get(0));
    assertEquals("2023", years.get(years.size() - 1));
    List<String> dates = timeline.select("time").eachAttr("datetime");
    assertEquals(dates.stream().sorted().toList(), dates, "oldest first");
    assertTrue(timeline.select(".timeline-source a").eachAttr("href").stream().distinct().count() >= 2,
        "events come from several explainers");
  }

  @Test
  void theDemoUsesWikiLinksAnAliasAndAnInclude() throws IOException {
    Document forum = page("eastern-economic-forum/index.html");
    Element wiki = forum.selectFirst("#first-trip a[href=../kim-putin/index.html#what-russia-wants]");
    assertEquals("What does Russia want from North Korea?", wiki.text(), "unlabelled wiki link");
    Document projects = page("defense-economic-projects/index.html");
    assertNotNull(projects.selectFirst("#legal-limits aside.included-question"));
    assertNotNull(projects.selectFirst("#legal-limits a[href=../un-vetoes/index.html#shielding-pyongyang]"),
        "a link to the old id protecting-pyongyang goes to the new one");
    assertNotNull(page("un-vetoes/index.html").selectFirst("#shielding-pyongyang > span#protecting-pyongyang"));
    assertEquals("0; url=../un-vetoes/index.html",
        page("russia-un-veto/index.html").selectFirst("meta[http-equiv=refresh]").attr("content"));
  }

  @Test
  void everyQuestionIsInTheQuestionIndexAcrossItsPages() throws IOException {
    Set<String> listed = new HashSet<>();
    int pages = 0;
    for (String path = "questions/index.html"; path != null; pages++) {
      Document index = page(path);
      for (String href : index.select("section.question-topic li > a").eachAttr("href")) {
        listed.add(target(path, href));
      }
      Element next = index.selectFirst("nav.pagination a[rel=next]");
      path = next == null ? null : target(path, next.attr("href"));
    }
    assertTrue(pages > 1, "the demo's small page size pages its question index too");
    for (String slug : List.of("kim-putin", "shoigu-visit", "un-vetoes", "five-year-defence-plan",
        "defense-economic-projects", "eastern-economic-forum")) {
      for (String id : page(slug + "/index.html").select("section.question").eachAttr("id")) {
        assertTrue(listed.contains(slug + "/index.html#" + id), slug + "#" + id);
      }
    }
  }

  /** The output path (with its fragment) that a relative link on page {@code from} leads to. */
  private static String target(String from, String href) {
    return Path.of(from).resolveSibling(href).normalize().toString();
  }

  @Test
  void graphJsonIsByteIdenticalAcrossBuilds(@TempDir Path other) throws IOException {
    CaseSite second = CaseSite.demo(other);
    assertEquals(0, second.run().exitCode());
    assertArrayEquals(Files.readAllBytes(demo.site().resolve("graph.json")),
        Files.readAllBytes(second.site().resolve("graph.json")));
  }
}
