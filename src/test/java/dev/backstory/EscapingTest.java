package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from front matter and headings reaches the page as text, never as markup. */
class EscapingTest {

  @Test
  void scriptInFrontMatterAndHeadingsShowsAsText(@TempDir Path temp) throws IOException {
    CaseSite site = CaseSite.of("""
        -- content/a.md --
        ---
        title: "Why <script>alert(1)</script>?"
        dek: "A <b>bold</b> & risky dek"
        tags: ["<img src=x onerror=alert(1)>"]
        authors:
          - name: "Eve <i>"
        date: 2023-09-01
        ---
        Short.

        ## Is 1 < 2 && "x" > 'y'? {#q}
        """, temp);
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    Document page = Jsoup.parse(site.site().resolve("a/index.html").toFile(), "UTF-8");
    assertEquals("Why <script>alert(1)</script>?", page.selectFirst("h1").text());
    assertEquals("A <b>bold</b> & risky dek", page.selectFirst(".dek").text());
    assertTrue(page.select("script").isEmpty(), "no script element may reach the page");
    assertTrue(page.select("img[onerror]").isEmpty());
    assertTrue(page.selectFirst("title").text().startsWith("Why <script>"));
    assertTrue(page.selectFirst(".authors").text().contains("Eve <i>"));
    String question = "Is 1 < 2 && \u201cx\u201d > \u2018y\u2019?";
    assertTrue(page.selectFirst("section#q h2").text().startsWith(question));
    assertEquals(question, page.selectFirst("nav#in-this-explainer a").text());
  }

  @Test
  void linksReferencesAndSpeakersKeepTheirTextAndTargets(@TempDir Path temp) throws IOException {
    CaseSite site = CaseSite.of("""
        -- content/a.md --
        ---
        title: "Why & how?"
        date: 2023-09-01
        ---
        See [data & more](https://data.example/q?a=1&b='2'&c=%22) and [[b#q|the <other> & one]]
        and [[b]], [a reference][r] and [the other question](b.md#q).

        [r]: https://data.example/r?x=%3C1%3E&y='2'

        > A "careful" answer.
        >
        > — Ana & Bo Smith, analyst at "Think & Tank"

        ## Who? {#who}

        Again [[b#q]].
        -- content/b.md --
        ---
        title: "Is <b> a tag & a letter?"
        date: 2023-09-02
        ---
        Short.

        ## What about "q" & 1 < 2? {#q}

        > Quoted twice.
        >
        > — Ana & Bo Smith
        """, temp);
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    Document page = Jsoup.parse(site.site().resolve("a/index.html").toFile(), "UTF-8");
    assertEquals("https://data.example/q?a=1&b='2'&c=%22",
        page.selectFirst("a:containsOwn(data & more)").attr("href"));
    assertEquals("https://data.example/r?x=%3C1%3E&y='2'",
        page.selectFirst("a:containsOwn(a reference)").attr("href"));
    assertEquals("../b/index.html#q",
        page.selectFirst("a:containsOwn(the <other> & one)").attr("href"));
    assertEquals("../b/index.html",
        page.selectFirst("a:containsOwn(Is <b> a tag & a letter?)").attr("href"));
    assertEquals("../b/index.html#q",
        page.selectFirst("a:containsOwn(the other question)").attr("href"));
    assertEquals("What about \u201cq\u201d & 1 < 2?",
        page.selectFirst("section#who a[href$=#q]").text());
    assertEquals("Ana & Bo Smith", page.selectFirst(".quote-speaker").text());
    assertTrue(page.selectFirst(".quote-speaker a").attr("href").startsWith("../people/"));
    assertEquals("analyst at “Think & Tank”", page.selectFirst(".quote-role").text());
  }
}
