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
}
