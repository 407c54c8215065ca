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
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A theme may leave out the layouts of the people, person, timeline and question index pages.
 * Built with the default theme less some of them, a site links only to the pages it has: the
 * footer names only those, and a quoted speaker without a page of theirs is plain text.
 */
class OptionalPagesTest {

  private static final String SITE = """
      -- content/a.md --
      ---
      title: "What is A?"
      date: 2023-01-02
      tags: ["X"]
      timeline:
        - date: "2022-02-24"
          event: "A day in February 2022."
          question: "a1"
      ---
      Short answer of A, which [B answers too](b.md#b1).

      ## First question of A? {#a1}

      > Something Jane said.
      >
      > — Jane Roe, analyst
      -- content/b.md --
      ---
      title: "What is B?"
      date: 2023-01-01
      tags: ["X"]
      ---
      Short answer of B.

      ## First question of B? {#b1}

      > Something John said.
      >
      > — John Doe
      """;

  private static final String PEOPLE = "people.ftlh";
  private static final String PERSON = "person.ftlh";
  private static final String TIMELINE = "timeline.ftlh";
  private static final String QUESTIONS = "questions.ftlh";

  @TempDir Path temp;

  static Stream<Set<String>> themesLeavingOut() {
    return Stream.of(Set.of(), Set.of(PERSON), Set.of(PEOPLE), Set.of(TIMELINE), Set.of(QUESTIONS),
        Set.of(PEOPLE, PERSON, TIMELINE, QUESTIONS));
  }

  @ParameterizedTest(name = "a theme without {0}")
  @MethodSource("themesLeavingOut")
  void everyLinkLeadsToAPageTheThemeHas(Set<String> leftOut) throws IOException {
    CaseSite site = CaseSite.of(SITE, temp);
    for (String layout : leftOut) {
      Files.delete(site.root().resolve("templates").resolve(layout));
    }
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());

    List<String> broken = new ArrayList<>();
    for (String page : htmlPages(site.site())) {
      for (Element link : page(site, page).select("a[href]")) {
        Path target = target(site.site(), page, link.attr("href"));
        if (target != null && !Files.isRegularFile(target)) {
          broken.add(page + ": " + link.outerHtml());
        }
      }
    }
    assertEquals(List.of(), broken, "links to pages that were not written");

    List<String> footer = new ArrayList<>(List.of("All explainers"));
    if (!leftOut.contains(QUESTIONS)) {
      footer.add("Every question");
    }
    if (!leftOut.contains(PEOPLE)) {
      footer.add("People");
    }
    if (!leftOut.contains(TIMELINE)) {
      footer.add("Timeline");
    }
    for (String page : List.of("index.html", "a/index.html", "topics/x/index.html",
        "search/index.html")) {
      assertEquals(footer, page(site, page).select("footer.site-footer a").eachText(), page);
    }

    boolean personPages = !leftOut.contains(PERSON);
    Element speaker = page(site, "a/index.html").selectFirst("#a1 figure.quote .quote-speaker");
    assertNotNull(speaker);
    assertEquals("Jane Roe", speaker.text());
    assertEquals(personPages, speaker.selectFirst("a") != null, speaker.outerHtml());
    if (!leftOut.contains(PEOPLE)) {
      Document people = page(site, "people/index.html");
      assertEquals(2, people.select("ul.people li").size());
      assertEquals(personPages ? List.of("Jane Roe", "John Doe") : List.of(),
          people.select("ul.people li > a").eachText());
    }
    if (personPages) {
      assertEquals(leftOut.contains(PEOPLE) ? List.of() : List.of("People"),
          page(site, "people/jane-roe/index.html").select("main .kicker a").eachText());
    }

    JsonNode graph = new ObjectMapper().readTree(site.site().resolve("graph.json").toFile());
    for (JsonNode node : graph.get("nodes")) {
      if (node.get("type").asText().equals("person")) {
        assertEquals(personPages, node.has("url"), node.toString());
      } else {
        assertTrue(node.has("url"), node.toString());
      }
      if (node.has("url")) {
        String url = node.get("url").asText();
        assertTrue(Files.isRegularFile(site.site().resolve(url.replaceAll("#.*", ""))), url);
      }
    }
  }

  /**
   * The file a link leads to, or null for a link that leaves the site or stays on the page.
   * Root-relative links (the 404 page's) start at the site's folder.
   */
  private static Path target(Path site, String page, String href) {
    String path = href.replaceAll("[#?].*", "");
    if (path.isEmpty() || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return null;
    }
    Path from = path.startsWith("/") ? site : site.resolve(page).getParent();
    Path target = from.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
    assertTrue(target.startsWith(site), page + ": " + href + " leaves the site");
    return target;
  }

  private static List<String> htmlPages(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(f -> f.toString().endsWith(".html"))
          .map(f -> site.relativize(f).toString()).sorted().toList();
    }
  }

  private static Document page(CaseSite site, String path) throws IOException {
    return Jsoup.parse(site.site().resolve(path).toFile(), "UTF-8");
  }
}
