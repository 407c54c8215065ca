package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown an editor expects renders as it should, inside the right question section. */
class MarkdownFeaturesTest {

  @TempDir static Path temp;
  static Document page;

  @BeforeAll
  static void build() throws Exception {
    CaseSite site = CaseSite.of("""
        -- content/features.md --
        ---
        title: "Does the Markdown work?"
        slug: markdown-works
        date: 2023-09-01
        ---
        Short answer with a footnote[^n] and "quotes" -- and dashes.

        [^n]: The note.

        ## Tables and lists? {#tables}

        | Weapon | Range |
        |--------|------:|
        | Hwasong-17 | 15,000 km |
        | Hwasong-18 | 15,000 km | [left out](nosuch.md) |

        ~~struck~~ and https://example.org/plain and www.example.org/mirror

        Term
        : Its definition.

        A note with kramdown's attributes.
        {: .note #kramdown}

        ### A sub-heading

        Still in the section.

        ## Северная Корея?

        ## 북한과 러시아?

        ## Tables and lists?

        ## Noted[^h] in the heading? {#noted}

        A heading can carry a footnote too, and a note may be cited again.[^n]

        Addresses with spaces go in angle brackets: [the map](<my map (1).svg>), [its
        section](<features.md#tables>), ![The map](<my map (1).svg> "Map") and [by
        reference][map]. Without them a space ends the address: [not a link](my map.svg).

        ![A marked map](<my map (1).svg>){.wide #pic}

        The marked map is [up there](#pic).

        [map]: <my map (1).svg>
        [Map]: features.md#noted

        [^h]: The heading's note.

        ## Why ~~not~~ now? {.highlight lang=en-GB dir=ltr}

        A struck word is taken back.<!-- desk: check this inline -->

        <!-- desk: the figure needs a second source -->
        """, temp);
    Files.writeString(site.root().resolve("content/my map (1).svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 3\"/>");
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    page = Jsoup.parse(site.site().resolve("markdown-works/index.html").toFile(), "UTF-8");
  }

  @Test
  void kramdownAttributesGiveTheirClassAndIdWithoutTheColon() {
    Element note = page.selectFirst("section#tables p.note");
    assertNotNull(note, page.html());
    assertEquals("A note with kramdown’s attributes.", note.text());
    assertEquals(List.of("class", "id"),
        note.attributes().asList().stream().map(Attribute::getKey).sorted().toList());
  }

  @Test
  void addressesInAngleBracketsMayHoldSpaces() {
    Element paragraph = page.selectFirst("section#noted p:contains(angle brackets)");
    assertEquals(List.of("../media/my%20map%20(1).svg", "index.html#tables",
        "../media/my%20map%20(1).svg"),
        paragraph.select("a").eachAttr("href"), paragraph.html());
    assertEquals("../media/my%20map%20(1).svg", paragraph.selectFirst("img[alt=The map]").attr("src"));
    assertTrue(paragraph.text().contains("[not a link](my map.svg)"), paragraph.text());
  }

  @Test
  void cellsPastTheTablesColumnsAreLeftOut() {
    Element table = page.getElementById("tables").selectFirst("table");
    assertEquals(List.of(2, 2, 2), table.select("tr").stream().map(Element::childrenSize).toList());
    assertNull(page.selectFirst("a[href*=nosuch]"), table.html());
  }

  @Test
  void frontMatterSlugSetsTheUrl() {
    assertNotNull(page.selectFirst("h1#headline"));
  }

  @Test
  void tablesStrikethroughAutolinksAndDefinitionLists() {
    Element section = page.getElementById("tables");
    assertEquals("15,000 km", section.selectFirst("table td:eq(1)").text());
    assertEquals("struck", section.selectFirst("del").text());
    assertEquals("https://example.org/plain", section.selectFirst("a[href^=https]").attr("href"));
    assertEquals("Its definition.", section.selectFirst("dl dd").text());
    assertEquals("www.example.org/mirror", section.selectFirst("a[href*=mirror]").text());
  }

  @Test
  void subHeadingsStayInsideTheirSectionWithUniqueIds() {
    Element sub = page.getElementById("tables").selectFirst("h3");
    assertEquals("a-sub-heading", sub.id());
    assertTrue(sub.nextElementSibling().text().startsWith("Still"));
  }

  @Test
  void footnotesAndTypography() {
    Element shortAnswer = page.getElementById("short-answer");
    assertTrue(shortAnswer.text().contains("\u201cquotes\u201d \u2013 and dashes"), shortAnswer.text());
    String ref = shortAnswer.selectFirst("sup a").attr("href");
    assertNotNull(page.getElementById(ref.substring(1)), "the footnote exists on the page");
  }

  /**
   * A heading's struck words show struck on the page, and are left out where it is listed as
   * text, which would otherwise say the opposite.
   */
  @Test
  void struckWordsAreLeftOutOfAQuestionsTitle() {
    assertEquals("not", page.selectFirst("section#why-now h2 del").text());
    Element heading = page.selectFirst("section#why-now h2");
    assertEquals(List.of("highlight", "en-GB", "ltr"),
        List.of(heading.className(), heading.attr("lang"), heading.attr("dir")),
        "the heading keeps the attributes written after it");
    assertEquals("Why now?", page.selectFirst("nav#in-this-explainer a[href=#why-now]").text());
  }

  /** An image keeps the attributes written after it, so a link to its id lands on it. */
  @Test
  void anImageKeepsItsAttributes() {
    Element image = page.getElementById("pic");
    assertNotNull(image, "the image carries its id");
    assertEquals("img", image.tagName());
    assertTrue(image.hasClass("wide"));
    assertEquals("#pic", page.selectFirst("a:contains(up there)").attr("href"));
  }

  /** An editor's HTML comments are notes to the desk: they are not published. */
  @Test
  void htmlCommentsAreLeftOut() {
    List<String> comments = new java.util.ArrayList<>();
    page.traverse((node, depth) -> {
      if (node instanceof org.jsoup.nodes.Comment comment) {
        comments.add(comment.getData());
      }
    });
    assertTrue(comments.stream().noneMatch(c -> c.contains("desk:")), comments.toString());
    assertTrue(page.selectFirst("section#why-now").text().contains("taken back."));
  }

  /** A note cited in the short answer and again at the end is still the first. */
  @Test
  void notesAreNumberedInTheOrderTheyAreFirstCited() {
    assertEquals(List.of("1", "2", "1"), page.select("sup a.footnote-ref").eachText());
    assertEquals(List.of("The note.", "The heading’s note."),
        page.select(".footnotes li > p").eachText());
  }

  /** The ↩ back to where a note is cited is named for screen readers, not read as its name. */
  @Test
  void aNotesWayBackIsNamed() {
    List<Element> back = page.select(".footnotes a.footnote-backref");
    assertEquals(3, back.size(), "one for each citing");
    for (Element link : back) {
      Element arrow = link.selectFirst("> span[role=img]");
      assertNotNull(arrow, link.outerHtml());
      assertEquals("Back to the text", arrow.attr("aria-label"));
      assertEquals("\u21a9", arrow.text());
    }
  }

  @Test
  void unicodeHeadingsGiveReadableIdsAndRepeatsStepAside() {
    assertEquals(java.util.List.of("tables", "северная-корея", "북한과-러시아", "tables-and-lists",
        "noted", "why-now"), page.select("section.question").eachAttr("id"));
  }

  @Test
  void aFootnoteInAHeadingIsNotPartOfTheQuestionsTitle() {
    assertNotNull(page.getElementById("noted").selectFirst("h2 sup a.footnote-ref"),
        "the heading keeps its footnote");
    assertEquals("Noted in the heading?", page.selectFirst("nav.toc a[href=#noted]").text());
  }
}
