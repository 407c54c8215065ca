package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the demo content with the default templates and reads the pages as a browser would. */
class DemoSiteTest {

  @TempDir static Path temp;
  static CaseSite demo;
  static Document kimPutin;

  @BeforeAll
  static void build() throws IOException {
    demo = CaseSite.demo(temp);
    CaseSite.Run run = demo.run();
    assertEquals(0, run.exitCode(), run.err());
    kimPutin = page("kim-putin/index.html");
  }

  static Document page(String path) throws IOException {
    Path file = demo.site().resolve(path);
    return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
  }

  /**
   * The pages a reader browses from disk. The 404 page (links from the site's root path, as a
   * host serves it at any address) and the self-contained downloads (links to the published
   * site) are checked in PublishingTest and HostedSiteTest.
   */
  static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(demo.site())) {
      return files.filter(f -> f.toString().endsWith(".html"))
          .filter(f -> !f.equals(demo.site().resolve("404.html")))
          .filter(f -> !f.startsWith(demo.site().resolve("downloads")))
          .sorted().toList();
    }
  }

  @Test
  void everyQuestionIsASectionWithItsIdAndAPermalink() {
    List<Element> sections = kimPutin.select("section.question[id]");
    assertTrue(sections.size() >= 5, "the main explainer has at least five questions");
    for (Element section : sections) {
      Element heading = section.selectFirst("> .question-heading > h2");
      assertTrue(heading != null, "each question opens with an h2");
      assertTrue(heading.select("a").isEmpty(), "the heading is the question alone");
      Element permalink = heading.parent().selectFirst("> a.permalink");
      assertEquals("#" + section.id(), permalink.attr("href"));
      assertEquals("Link to this question: " + heading.text(), permalink.text().substring(1));
    }
    assertEquals("how-close", sections.get(0).id());
  }

  @Test
  void theInPageListLinksToEveryQuestionInOrder() {
    List<String> listed = kimPutin.select("nav#in-this-explainer ol li a").eachAttr("href");
    List<String> sections = kimPutin.select("section.question").eachAttr("id");
    assertEquals(sections.stream().map(id -> "#" + id).toList(), listed);
  }

  @Test
  void theShortAnswerComesBeforeTheQuestions() {
    Element shortAnswer = kimPutin.selectFirst("section#short-answer");
    assertTrue(shortAnswer.select("p").size() >= 2);
    assertTrue(shortAnswer.siblingIndex() < kimPutin.selectFirst("section.question").siblingIndex());
  }

  @Test
  void attributedQuotesAreFiguresWithSpeakerAndRole() {
    List<Element> quotes = kimPutin.select("figure.quote");
    assertTrue(quotes.size() >= 3);
    Element sung = quotes.stream()
        .filter(q -> q.select("figcaption .quote-speaker").text().equals("Sung Ki-young"))
        .findFirst().orElseThrow();
    assertTrue(sung.selectFirst("> blockquote") != null);
    assertFalse(sung.selectFirst("figcaption .quote-role").text().isEmpty());
    assertFalse(sung.selectFirst("blockquote").text().contains("Sung Ki-young"),
        "the attribution line moves out of the quote into the caption");
  }

  @Test
  void crossLinksPointAtExistingPagesAndIds() throws IOException {
    int crossLinks = 0;
    for (Path file : pages()) {
      Document doc = Jsoup.parse(file.toFile(), "UTF-8");
      for (Element link : doc.select("a[href], img[src], link[href]")) {
        String href = link.hasAttr("src") ? link.attr("src") : link.attr("href");
        if (href.matches("^[a-z]+:.*") || href.startsWith("//")) {
          continue;
        }
        URI uri = URI.create(href);
        Path target = uri.getPath() == null || uri.getPath().isEmpty()
            ? file : file.getParent().resolve(URLDecoder.decode(uri.getPath(), StandardCharsets.UTF_8)).normalize();
        assertTrue(Files.isRegularFile(target), file + " links to missing " + href);
        assertFalse(href.endsWith(".md") || href.contains(".md#"), "unresolved Markdown link " + href);
        if (uri.getFragment() != null && !uri.getFragment().isEmpty()) {
          Document targetDoc = target.equals(file) ? doc : Jsoup.parse(target.toFile(), "UTF-8");
          if (targetDoc.getElementById(uri.getFragment()) == null) {
            fail(file + " links to missing #" + uri.getFragment() + " in " + target);
          }
          if (!target.equals(file)) {
            crossLinks++;
          }
        }
      }
    }
    assertTrue(crossLinks >= 12, "the demo cross-links explainers at question level: " + crossLinks);
  }

  @Test
  void everyExplainerLinksToTwoOthersAtQuestionLevel() throws IOException {
    for (Path file : pages()) {
      Document doc = Jsoup.parse(file.toFile(), "UTF-8");
      if (doc.selectFirst("body.page-explainer") == null) {
        continue;
      }
      long others = doc.select("section.question a[href*=#], section#short-answer a[href*=#]").stream()
          .map(a -> a.attr("href"))
          .filter(href -> href.startsWith("../"))
          .map(href -> href.substring(0, href.indexOf('#')))
          .distinct().count();
      assertTrue(others >= 2, file + " links to " + others + " other explainers");
    }
  }

  @Test
  void idsAreUniqueOnEveryPage() throws IOException {
    for (Path file : pages()) {
      Document doc = Jsoup.parse(file.toFile(), "UTF-8");
      List<String> ids = new ArrayList<>(doc.select("[id]").eachAttr("id"));
      assertEquals(ids.stream().distinct().count(), ids.size(), file + " repeats an id: " + ids);
    }
  }

  @Test
  void leadImageIsCopiedAndDescribed() throws IOException {
    Element figure = kimPutin.selectFirst("figure.lead-image");
    Element img = figure.selectFirst("img");
    assertFalse(img.attr("alt").isBlank());
    assertTrue(Files.isRegularFile(demo.site().resolve("kim-putin").resolve(img.attr("src")).normalize()));
    assertTrue(img.hasAttr("width") && img.hasAttr("height"));
    assertFalse(figure.select("figcaption .credit").text().isBlank());
  }

  @Test
  void homeListsExplainersNewestFirstAndTopicsLinkBack() throws IOException {
    Document home = page("index.html");
    List<String> dates = CaseSite.summariesAcrossPages(demo.site(), "index.html").stream()
        .map(summary -> summary.selectFirst("time").attr("datetime")).toList();
    assertEquals(6, dates.size());
    assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
    Element topic = home.selectFirst("a[href^=topics/]");
    Document topicPage = page(topic.attr("href"));
    assertFalse(topicPage.select(".summaries a").isEmpty());
    assertEquals(topic.text(), topicPage.selectFirst("h1").text());
  }

  @Test
  void datesAreMachineReadable() {
    List<String> datetimes = kimPutin.select(".byline time").eachAttr("datetime");
    assertEquals(List.of("2023-09-12", "2023-09-13"), datetimes);
  }

  @Test
  void theSameInputGivesByteIdenticalOutput(@TempDir Path other) throws IOException {
    CaseSite second = CaseSite.demo(other);
    assertEquals(0, second.run().exitCode());
    List<Path> first = pages();
    for (Path file : first) {
      Path twin = second.site().resolve(demo.site().relativize(file).toString());
      assertEquals(Files.readString(file), Files.readString(twin), "differs: " + file);
    }
  }
}
