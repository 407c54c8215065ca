package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.build.BuildOptions;
import dev.backstory.build.BuildReport;
import dev.backstory.build.PreviewBuilder;
import dev.backstory.build.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home page and topic pages list a page size of explainers each, newest first, and link
 * their pages to one another, as a person's page does their quotes; the question index, the
 * timeline and the people index list ten times as many entries a page. No list page grows with
 * the site.
 */
class PaginationTest {

  @TempDir static Path temp;
  static CaseSite site;

  @BeforeAll
  static void build() throws IOException {
    StringBuilder text = new StringBuilder("""
        -- content/site.yaml --
        title: "Paged"
        baseUrl: "https://example.org/news/"
        pageSize: 2
        """);
    for (int day = 1; day <= 5; day++) {
      // Explainer e1 is the oldest; all share one topic, the odd ones another.
      text.append("-- content/e").append(day).append(".md --\n").append("""
          ---
          title: "Question %d?"
          date: 2024-03-0%d
          tags: ["All"%s]
          timeline:
          %s---
          Answer %d.

          ## Why? {#why}

          Because.

          > Ada on %d.
          >
          > — Ada Voss, analyst
          %s""".formatted(day, day, day % 2 == 1 ? ", \"Odd\"" : "", events(day), day, day,
          quotes(day)));
      // Five questions each: 40 in the question index, two pages of 20 (ten times pageSize).
      for (String id : List.of("how", "when", "where", "who")) {
        text.append("\n## Question %s %d? {#%s}\n\nText.\n".formatted(id, day, id));
      }
    }
    site = CaseSite.of(text.toString(), temp);
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
  }

  /**
   * Four quotes by people no other explainer quotes: with Ada Voss, quoted by every explainer,
   * 21 people, two pages of the people index of 20 (ten times pageSize).
   */
  static String quotes(int n) {
    StringBuilder quotes = new StringBuilder();
    for (int k = 1; k <= 4; k++) {
      quotes.append("\n> Line %d.%d.\n>\n> — Speaker %d-%d\n".formatted(n, k, n, k));
    }
    return quotes.toString();
  }

  /**
   * Six events in the year 2000 + {@code n}: 30 on the timeline, two pages of 20 with the
   * year 2004 running on to the second.
   */
  static String events(int n) {
    StringBuilder events = new StringBuilder();
    for (int month = 1; month <= 6; month++) {
      events.append("  - date: \"%d-0%d-01\"\n    event: \"Event %d.%d\"\n"
          .formatted(2000 + n, month, n, month));
    }
    return events.toString();
  }

  static Document page(String path) throws IOException {
    Path file = site.site().resolve(path);
    return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
  }

  static List<String> listed(Document page) {
    return page.select("ol.summaries li.summary h3 a").eachText();
  }

  @Test
  void homePagesListTheExplainersNewestFirstAPageSizeAtATime() throws IOException {
    assertEquals(List.of("Question 5?", "Question 4?"), listed(page("index.html")));
    assertEquals(List.of("Question 3?", "Question 2?"), listed(page("page/2/index.html")));
    assertEquals(List.of("Question 1?"), listed(page("page/3/index.html")));
    assertFalse(Files.exists(site.site().resolve("page/4")));
  }

  @Test
  void eachPageLinksToTheNewerAndOlderPagesInALabelledNavigation() throws IOException {
    Document first = page("index.html");
    assertEquals("page/2/index.html",
        first.selectFirst("nav.pagination[aria-label=Pages] a[rel=next]").attr("href"));
    assertNull(first.selectFirst("nav.pagination a[rel=prev]"));
    assertEquals("Page 1 of 3", first.selectFirst("nav.pagination .page-count").text());

    Document middle = page("page/2/index.html");
    assertEquals("../../index.html", middle.selectFirst("nav.pagination a[rel=prev]").attr("href"));
    assertEquals("../3/index.html",
        middle.selectFirst("nav.pagination a[rel=next]").attr("href"));
    assertNull(page("page/3/index.html").selectFirst("nav.pagination a[rel=next]"));
  }

  @Test
  void laterPagesHaveTheirOwnTitleAndCanonicalAddressAndNoTopicList() throws IOException {
    Document second = page("page/2/index.html");
    assertEquals("Latest explainers, page 2 of 3 · Paged", second.title());
    assertEquals("https://example.org/news/page/2/",
        second.selectFirst("link[rel=canonical]").attr("href"));
    assertNull(second.selectFirst("nav.topic-list"));
    assertEquals(2, page("index.html").select("nav.topic-list li").size());
  }

  @Test
  void pagedListsAreValidHtml() throws Exception {
    assertEquals(List.of(), HtmlValidityTest.validate(List.of(site.site().resolve("index.html"),
        site.site().resolve("page/2/index.html"), site.site().resolve("page/3/index.html"),
        site.site().resolve("topics/odd/page/2/index.html"),
        site.site().resolve("questions/index.html"),
        site.site().resolve("questions/page/2/index.html"),
        site.site().resolve("timeline/index.html"),
        site.site().resolve("timeline/page/2/index.html"),
        site.site().resolve("people/page/2/index.html"),
        site.site().resolve("people/ada-voss/page/2/index.html"))));
  }

  static List<String> quotesOn(Document page) {
    return page.select("ol.person-quotes blockquote").eachText();
  }

  @Test
  void aPersonsQuotesAreListedAPageSizeAtATimeNewestFirst() throws IOException {
    Document first = page("people/ada-voss/index.html");
    assertEquals(List.of("Ada on 5.", "Ada on 4."), quotesOn(first));
    assertEquals(List.of("Ada on 3.", "Ada on 2."),
        quotesOn(page("people/ada-voss/page/2/index.html")));
    Document last = page("people/ada-voss/page/3/index.html");
    assertEquals(List.of("Ada on 1."), quotesOn(last));
    assertEquals("5", last.selectFirst("ol.person-quotes").attr("start"),
        "the numbering goes on from the page before");
    assertFalse(first.selectFirst("ol.person-quotes").hasAttr("start"));
    assertFalse(Files.exists(site.site().resolve("people/ada-voss/page/4")));

    assertEquals("page/2/index.html",
        first.selectFirst("nav.pagination[aria-label=Pages] a[rel=next]").attr("href"));
    assertEquals("Page 3 of 3", last.selectFirst("nav.pagination .page-count").text());
    assertEquals("../2/index.html", last.selectFirst("nav.pagination a[rel=prev]").attr("href"));
    assertEquals("../../../../e1/index.html#why",
        last.selectFirst("ol.person-quotes figcaption a").attr("href"));
    assertEquals("Ada Voss, page 3 of 3 · Paged", last.title());
    assertEquals("https://example.org/news/people/ada-voss/page/3/",
        last.selectFirst("link[rel=canonical]").attr("href"));
    assertTrue(Files.readString(site.site().resolve("sitemap.xml"))
        .contains("<loc>https://example.org/news/people/ada-voss/page/3/</loc>"));
    assertNull(page("people/speaker-1-1/index.html").selectFirst("nav.pagination"),
        "one quote fits on one page");
  }

  @Test
  void thePeopleIndexListsTenTimesThePageSizeOfNamesAPage() throws IOException {
    Document first = page("people/index.html");
    List<String> names = first.select("ul.people li > a").eachText();
    assertEquals(20, names.size());
    assertEquals(List.of("Ada Voss", "Speaker 1-1"), names.subList(0, 2));
    assertEquals("(5 quotes in 5 explainers)",
        first.selectFirst("ul.people li .count").text(), "counted over every page");
    assertEquals("page/2/index.html", first.selectFirst("nav.pagination a[rel=next]").attr("href"));

    Document second = page("people/page/2/index.html");
    assertEquals(List.of("Speaker 5-4"), second.select("ul.people li > a").eachText());
    assertEquals(List.of("../../speaker-5-4/index.html"),
        second.select("ul.people li > a").eachAttr("href"));
    assertEquals("People quoted, page 2 of 2 · Paged", second.title());
    assertEquals("../../index.html", second.selectFirst("nav.pagination a[rel=prev]").attr("href"));
  }

  @Test
  void aPreviewEditingAQuoteRewritesThePersonsPageThatShowsIt() throws IOException {
    Preview preview = Preview.of(temp.resolve("preview-quote"));

    assertTrue(preview.replace("e1.md", "Ada on 1.", "Ada, again, on 1.").succeeded());

    assertEquals(List.of("Ada, again, on 1."),
        quotesOn(preview.page("people/ada-voss/page/3/index.html")));
    assertEquals(List.of("Ada on 5.", "Ada on 4."),
        quotesOn(preview.page("people/ada-voss/index.html")));

    assertTrue(preview.replace("e1.md", "— Ada Voss, analyst", "— Bo Lind").succeeded());
    assertFalse(Files.exists(preview.copy().site().resolve("people/ada-voss/page/3")),
        "four quotes take two pages");
    assertEquals(List.of("Ada on 3.", "Ada on 2."),
        quotesOn(preview.page("people/ada-voss/page/2/index.html")));
    assertEquals(List.of("Ada, again, on 1."),
        quotesOn(preview.page("people/bo-lind/index.html")));
  }

  @Test
  void topicPagesArePagedTheSameWay() throws IOException {
    assertEquals(List.of("Question 5?", "Question 3?"), listed(page("topics/odd/index.html")));
    assertEquals(List.of("Question 1?"), listed(page("topics/odd/page/2/index.html")));
    Document second = page("topics/odd/page/2/index.html");
    assertEquals("Odd, page 2 of 2 · Paged", second.title());
    assertEquals("../../index.html", second.selectFirst("nav.pagination a[rel=prev]").attr("href"));
    assertEquals(List.of("Question 5?", "Question 4?"), listed(page("topics/all/index.html")));
    assertEquals(List.of("Question 1?"), listed(page("topics/all/page/3/index.html")));
  }

  /** Each topic heading on a page of the question index, with the links under it. */
  static Map<String, List<String>> questionsByTopic(Document page) {
    Map<String, List<String>> topics = new LinkedHashMap<>();
    for (Element section : page.select("section.question-topic")) {
      topics.put(section.selectFirst("h2").text(),
          section.select("li > a").eachAttr("href"));
    }
    return topics;
  }

  @Test
  void theQuestionIndexListsTenTimesThePageSizeAPageAndTopicsRunOn() throws IOException {
    Map<String, List<String>> first = questionsByTopic(page("questions/index.html"));
    assertEquals(List.of("All"), List.copyOf(first.keySet()));
    assertEquals(20, first.get("All").size());
    assertEquals(List.of("../e5/index.html#why", "../e5/index.html#how"),
        first.get("All").subList(0, 2), "newest explainer first, its questions in order");

    Map<String, List<String>> second = questionsByTopic(page("questions/page/2/index.html"));
    assertEquals(List.of("All (continued)", "Odd"), List.copyOf(second.keySet()));
    assertEquals(List.of("../../../e1/index.html#why", "../../../e1/index.html#how",
        "../../../e1/index.html#when", "../../../e1/index.html#where",
        "../../../e1/index.html#who"), second.get("All (continued)"));
    assertEquals(15, second.get("Odd").size());
    assertFalse(Files.exists(site.site().resolve("questions/page/3")));
  }

  @Test
  void theFirstPageOfTheQuestionIndexLinksToWhereEachTopicBegins() throws IOException {
    Document first = page("questions/index.html");
    assertEquals(List.of("index.html#topic-all", "page/2/index.html#topic-odd"),
        first.select("nav.question-topic-list li a").eachAttr("href"));
    assertEquals(List.of("All 25 questions", "Odd 15 questions"),
        first.select("nav.question-topic-list li a").eachText());
    assertNotNull(page("questions/page/2/index.html").getElementById("topic-odd"));
    assertNull(page("questions/page/2/index.html").selectFirst("nav.question-topic-list"));
  }

  @Test
  void questionIndexPagesLinkToEachOtherAndHaveTheirOwnTitles() throws IOException {
    Document first = page("questions/index.html");
    assertEquals("page/2/index.html",
        first.selectFirst("nav.pagination[aria-label=Pages] a[rel=next]").attr("href"));
    Document second = page("questions/page/2/index.html");
    assertEquals("../../index.html", second.selectFirst("nav.pagination a[rel=prev]").attr("href"));
    assertNull(second.selectFirst("nav.pagination a[rel=next]"));
    assertEquals("Every question, page 2 of 2 · Paged", second.title());
    assertEquals("https://example.org/news/questions/page/2/",
        second.selectFirst("link[rel=canonical]").attr("href"));
    assertTrue(Files.readString(site.site().resolve("sitemap.xml"))
        .contains("<loc>https://example.org/news/questions/page/2/</loc>"));
  }

  /** A copy of the paged site, built once by a live preview, to edit and rebuild. */
  private record Preview(CaseSite copy, BuildOptions options, PreviewBuilder builder) {
    static Preview of(Path folder) throws IOException {
      CaseSite copy = CaseSite.of("", folder);
      CaseSite.copyTree(site.root().resolve("content"), copy.root().resolve("content"));
      Preview preview = new Preview(copy, new BuildOptions(copy.root().resolve("content"),
          copy.root().resolve("templates"), copy.site(), true), new PreviewBuilder(Progress.SILENT));
      assertTrue(preview.builder().build(preview.options()).succeeded());
      return preview;
    }

    BuildReport rebuildAfter(Set<Path> edited) throws IOException {
      return builder.buildAfterEdits(options, edited);
    }

    /** Saves {@code content/<file>} with {@code from} replaced by {@code to}, and rebuilds. */
    BuildReport replace(String file, String from, String to) throws IOException {
      Path path = copy.root().resolve("content").resolve(file);
      Files.writeString(path, Files.readString(path).replace(from, to));
      return rebuildAfter(Set.of(path));
    }

    /** A page of the preview's site, as it is on disk now. */
    Document page(String path) throws IOException {
      return Jsoup.parse(copy.site().resolve(path).toFile(), "UTF-8");
    }
  }

  @Test
  void theTimelineListsTenTimesThePageSizeOfEventsAPageAndYearsRunOn() throws IOException {
    Document first = page("timeline/index.html");
    assertEquals(List.of("2001", "2002", "2003", "2004"),
        first.select("section.timeline-year h2").eachText());
    assertEquals(20, first.select("section.timeline-year li").size());
    Document second = page("timeline/page/2/index.html");
    assertEquals(List.of("2004 (continued)", "2005"),
        second.select("section.timeline-year h2").eachText());
    assertEquals(List.of("Event 4.3", "Event 4.4", "Event 4.5", "Event 4.6"),
        second.select("section.timeline-year").get(0).select("li > a:first-of-type").eachText());
    assertEquals("3", second.selectFirst("section.timeline-year ol").attr("start"),
        "the year's numbering goes on from the page before");
    assertFalse(first.selectFirst("section.timeline-year ol").hasAttr("start"));
    assertEquals("Timeline, page 2 of 2 · Paged", second.title());
    assertEquals("../../index.html", second.selectFirst("nav.pagination a[rel=prev]").attr("href"));
    assertEquals(List.of("index.html#year-2001", "index.html#year-2002", "index.html#year-2003",
            "index.html#year-2004", "page/2/index.html#year-2005"),
        first.select("nav.timeline-year-list li a").eachAttr("href"));
    assertFalse(Files.exists(site.site().resolve("timeline/page/3")));
  }

  @Test
  void aPreviewAddingOrRemovingQuestionsPagesTheQuestionIndexAgain() throws IOException {
    Preview preview = Preview.of(temp.resolve("preview-questions"));
    CaseSite copy = preview.copy();
    Path e1 = copy.root().resolve("content/e1.md");
    String before = Files.readString(e1);
    Path third = copy.site().resolve("questions/page/3/index.html");

    Files.writeString(e1, before + "\n## One more? {#more}\n\nText.\n");
    BuildReport added = preview.rebuildAfter(Set.of(e1));
    assertTrue(added.succeeded());
    assertEquals(26, added.questions(), "the report counts the question added");
    assertEquals(List.of("Odd (continued)"),
        List.copyOf(questionsByTopic(Jsoup.parse(third.toFile(), "UTF-8")).keySet()),
        "42 questions need a third page");

    Files.writeString(e1, before);
    BuildReport removed = preview.rebuildAfter(Set.of(e1));
    assertTrue(removed.succeeded());
    assertEquals(25, removed.questions());
    assertFalse(Files.exists(third), "back to 40 questions, the third page is gone");
  }

  @Test
  void aPreviewRetitlingAQuestionRewritesOnlyTheQuestionIndexPagesThatListIt() throws IOException {
    Preview preview = Preview.of(temp.resolve("preview-retitle"));
    Path first = preview.copy().site().resolve("questions/index.html");
    var firstWritten = Files.getLastModifiedTime(first);

    assertTrue(preview.replace("e1.md", "Question who 1?", "Who, then?").succeeded());
    Document second = preview.page("questions/page/2/index.html");
    assertEquals("../../../e1/index.html#who",
        questionsByTopic(second).get("All (continued)").get(4));
    assertEquals("Who, then?",
        second.selectFirst("a[href=../../../e1/index.html#who]").text());
    assertEquals(firstWritten, Files.getLastModifiedTime(first), "page 1 lists nothing of e1");
  }

  @Test
  void aPreviewRetitlingOneExplainerRewritesOnlyTheListPagesThatShowIt() throws IOException {
    Preview preview = Preview.of(temp.resolve("preview"));
    CaseSite copy = preview.copy();
    Path first = copy.site().resolve("index.html");
    var firstWritten = Files.getLastModifiedTime(first);
    Path odd = copy.site().resolve("topics/odd/index.html");
    var oddWritten = Files.getLastModifiedTime(odd);

    BuildReport report = preview.replace("e2.md", "Question 2?", "Question two?");

    assertTrue(report.succeeded(), report.diagnostics().toString());
    assertEquals(List.of("Question 3?", "Question two?"),
        listed(preview.page("page/2/index.html")));
    assertEquals(List.of("Question two?"),
        listed(preview.page("topics/all/page/2/index.html")).subList(1, 2));
    assertEquals(firstWritten, Files.getLastModifiedTime(first), "page 1 does not show e2");
    assertEquals(oddWritten, Files.getLastModifiedTime(odd), "the Odd topic does not list e2");
  }

  @Test
  void aPreviewRetitlingAnExplainerRewritesOnlyTheTimelinePagesWithItsEvents()
      throws IOException {
    Preview preview = Preview.of(temp.resolve("preview-timeline"));
    Path first = preview.copy().site().resolve("timeline/index.html");
    var firstWritten = Files.getLastModifiedTime(first);

    assertTrue(preview.replace("e5.md", "Question 5?", "Question five?").succeeded());
    Document second = preview.page("timeline/page/2/index.html");
    assertEquals(6, second.select("section.timeline-year li:contains(Question five?)").size(),
        "each of e5's events names it");
    assertEquals(firstWritten, Files.getLastModifiedTime(first), "page 1 has no event of e5");
  }

  @Test
  void aPreviewMovingAnEventRewritesTheTimelinePagesItsMoveShifted() throws IOException {
    StringBuilder events = new StringBuilder("  - date: \"2010-01-01\"\n    event: \"A 0\"\n");
    for (int i = 1; i <= 24; i++) {
      events.append("  - date: \"2010-%02d-%s\"\n    event: \"A %d\"\n"
          .formatted((i + 1) / 2, i % 2 == 1 ? "05" : "20", i));
    }
    CaseSite.of("""
        -- content/site.yaml --
        title: "Events"
        pageSize: 1
        -- content/a.md --
        ---
        title: "What happened to A?"
        date: 2024-03-01
        timeline:
        %s---
        Answer.
        -- content/b.md --
        ---
        title: "What happened to B?"
        date: 2024-03-02
        timeline:
          - date: "2010-01-01"
            event: "B moves"
        ---
        Answer.
        """.formatted(events), temp.resolve("moving"));
    Path content = temp.resolve("moving/content");
    BuildOptions options = new BuildOptions(content, temp.resolve("moving/templates"),
        temp.resolve("moving/site"), true);
    PreviewBuilder builder = new PreviewBuilder(Progress.SILENT);
    assertTrue(builder.build(options).succeeded());
    Path secondPage = temp.resolve("moving/site/timeline/page/2/index.html");
    // Ten events a page: B's is second on page 1, and page 2 lists A 9 to A 18.
    assertEquals("A 9", Jsoup.parse(secondPage.toFile(), "UTF-8")
        .selectFirst("section.timeline-year li > a").text());

    Path b = content.resolve("b.md");
    Files.writeString(b, Files.readString(b).replace("2010-01-01", "2010-12-31"));
    assertTrue(builder.buildAfterEdits(options, Set.of(b)).succeeded());
    assertEquals(
        List.of("A 10", "A 11", "A 12", "A 13", "A 14", "A 15", "A 16", "A 17", "A 18", "A 19"),
        Jsoup.parse(secondPage.toFile(), "UTF-8")
            .select("section.timeline-year li > a:first-of-type").eachText(),
        "B's event moved from page 1 to page 3, and every event between moved up one");
  }

  @Test
  void aListThatFitsOnOnePageHasNoPageNavigation() throws IOException {
    CaseSite small = CaseSite.of("""
        -- content/a.md --
        ---
        title: "Alone?"
        date: 2024-03-01
        tags: ["All"]
        ---
        Answer.
        """, temp.resolve("small"));
    assertEquals(0, small.run().exitCode());
    Path home = small.site().resolve("index.html");
    assertNull(Jsoup.parse(home.toFile(), "UTF-8").selectFirst("nav.pagination"));
    assertFalse(Files.exists(small.site().resolve("page")));
  }
}
