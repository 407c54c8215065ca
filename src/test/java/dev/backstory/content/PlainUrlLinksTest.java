package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backstory.CaseSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bare addresses in prose become links; prose without one is left as it was. */
class PlainUrlLinksTest {

  @TempDir Path temp;

  @Test
  void bareUrlsAndEmailAddressesBecomeLinks() throws IOException {
    CaseSite site = CaseSite.of("""
        -- content/a.md --
        ---
        title: "What is A?"
        date: 2023-09-01
        ---
        Short, with no address at all.

        ## Where is the report? {#where}

        At https://example.org/report, or ask desk@example.org.
        """, temp);
    CaseSite.Run run = site.run("build");
    assertEquals(0, run.exitCode(), run.err());

    Document page = Jsoup.parse(site.site().resolve("a/index.html").toFile(), "UTF-8");
    List<String> hrefs = page.select("section#where a:not(.permalink)").eachAttr("href");
    assertEquals(List.of("https://example.org/report", "mailto:desk@example.org"), hrefs);
    Element shortAnswer = page.selectFirst("#short-answer p:not(.dateline)");
    assertEquals("Short, with no address at all.", shortAnswer.text());
  }

  @Test
  void onlyTextWithATriggerIsScanned() {
    assertEquals(false, PlainUrlLinks.mayHoldLink("plain prose, with words like wow and w.w."));
    for (String text : List.of("a:b", "x@y", "&#58;", "www", "Www")) {
      assertEquals(true, PlainUrlLinks.mayHoldLink(text), text);
    }
  }
}
