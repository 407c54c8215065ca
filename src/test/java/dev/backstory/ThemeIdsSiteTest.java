package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ids a page's layout keeps for itself are those of the theme the site is built with: a
 * question steps aside from an id a custom theme writes, and may take one the theme does not.
 */
class ThemeIdsSiteTest {

  /** A theme of its own, whose share box has an id the default theme does not write. */
  private static final String SITE = """
      -- templates/explainer.ftlh --
      <!DOCTYPE html>
      <html lang="en">
      <head><meta charset="utf-8"><title>${explainer.title}</title></head>
      <body>
      <main id="main">
      <h1>${explainer.title}</h1>
      <#list explainer.questions as q>
      <section class="question" id="${q.id}"><h2>${q.heading}</h2>${q.body}</section>
      </#list>
      </main>
      <#include "partials/share.ftlh">
      </body>
      </html>
      -- templates/partials/share.ftlh --
      <aside class="share" <#if explainer.questions?has_content>id="share"</#if>>
      <a href="#share">Share</a>
      </aside>
      -- templates/home.ftlh --
      <!DOCTYPE html><html lang="en"><head><title>Home</title></head><body></body></html>
      -- templates/topic.ftlh --
      <!DOCTYPE html><html lang="en"><head><title>Topic</title></head><body></body></html>
      -- content/a.md --
      ---
      title: "Where do readers share it?"
      date: 2024-03-05
      ---
      In the share box.

      ## Share?

      Text.

      ## Sources

      Text.
      """;

  @TempDir Path temp;

  @Test
  void aQuestionStepsAsideFromAnIdOfTheThemeAndTakesOneOnlyTheDefaultThemeHas()
      throws IOException {
    CaseSite site = CaseSite.of(SITE, temp);
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    Document page = Jsoup.parse(site.site().resolve("a/index.html").toFile(), "UTF-8");
    assertEquals(List.of("share-2", "sources"), page.select("section.question").eachAttr("id"));
    assertEquals(Map.of(), CaseSite.repeatedIds(page));
  }
}
