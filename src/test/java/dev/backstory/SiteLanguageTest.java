package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site in another language: the words Backstory writes into pages itself come from
 * {@code labels:} in site.yaml, and dates read as the language writes them.
 */
class SiteLanguageTest {

  private static final String SITE = """
      -- content/site.yaml --
      title: "Erklärt"
      language: "de"
      pageSize: 1
      labels:
        shortAnswer: "Die kurze Antwort"
        laterPage: "{title}, Seite {page} von {pages}"
        archiveTitle: "Neueste Erklärstücke"
        topicDescription: "Erklärstücke zum Thema {topic}"
        searchTitle: "Suche"
        searchDescription: "Alle Erklärstücke und Fragen durchsuchen."
        notFoundTitle: "Seite nicht gefunden"
        notFoundDescription: "Unter dieser Adresse gibt es keine Seite."
        peopleTitle: "Zitierte Personen"
        peopleDescription: "Alle, die in diesen Erklärstücken zitiert werden."
        personDescription: "Was {name} in diesen Erklärstücken sagt."
        timelineTitle: "Zeitleiste"
        timelineDescription: "Alle datierten Ereignisse, der Reihe nach."
        questionsTitle: "Alle Fragen"
        questionsDescription: "Alle Fragen dieser Erklärstücke, nach Thema."
        otherQuestions: "Weitere Fragen"
        includedFrom: "Aus: {explainer}"
        includedUpdated: "(aktualisiert am {date})"
        includedLink: "Siehe {question}."
        correction: "Korrektur"
        clarification: "Klarstellung"
        update: "Aktualisierung"
        table: 'Tabelle "Daten"'
      -- content/a.md --
      ---
      title: "Was ist A?"
      date: 2023-07-27
      tags: ["Wirtschaft"]
      corrections:
        - date: 2023-08-01
          type: correction
          text: "Ein Datum war falsch."
        - date: 2023-08-02
          type: update
          text: "Ein Absatz kam hinzu."
      timeline:
        - date: "2006-10"
          event: "Der erste Test."
      ---
      Kurz gesagt: [[b#zweite|die zweite Frage]] erklärt es.

      ## Erste Frage? {#erste}

      > Wir reden weiter.
      >
      > — Anna Berg, Sprecherin

      ![[b#zweite]]
      -- content/b.md --
      ---
      title: "Was ist B?"
      date: 2023-07-28
      ---
      Kurz.

      ## Zweite Frage? {#zweite}

      | Jahr | Ereignis |
      |---|---|
      | 2006 | Test |

      ![[c#dritte]]
      -- content/c.md --
      ---
      title: "Was ist C?"
      date: 2023-07-29
      tags: ["Wirtschaft"]
      timeline:
        - date: "2007"
          event: "Der zweite Test."
      ---
      Kurz.

      ## Dritte Frage? {#dritte}

      Text.
      """;

  @TempDir static Path root;
  static Path site;

  @BeforeAll
  static void build() throws IOException {
    CaseSite built = CaseSite.of(SITE, root);
    CaseSite.Run run = built.run();
    assertEquals(0, run.exitCode(), run.err());
    site = built.site();
  }

  @Test
  void pagesBackstoryTitlesAreTitledWithTheSitesLabels() throws IOException {
    assertEquals("Suche", title("search/index.html"));
    assertEquals("Alle Erklärstücke und Fragen durchsuchen.", description("search/index.html"));
    assertEquals("Seite nicht gefunden", title("404.html"));
    assertEquals("Unter dieser Adresse gibt es keine Seite.", description("404.html"));
    assertEquals("Zitierte Personen", title("people/index.html"));
    assertEquals("Was Anna Berg in diesen Erklärstücken sagt.",
        description("people/anna-berg/index.html"));
    assertEquals("Zeitleiste", title("timeline/index.html"));
    assertEquals("Alle Fragen", title("questions/index.html"));
    assertEquals("Neueste Erklärstücke, Seite 2 von 3", title("page/2/index.html"));
    assertEquals("Wirtschaft, Seite 2 von 2", title("topics/wirtschaft/page/2/index.html"));
    assertEquals("Erklärstücke zum Thema Wirtschaft", description("topics/wirtschaft/index.html"));
    List<String> topics = page("questions/index.html").select("main h2").eachText();
    assertTrue(topics.contains("Weitere Fragen"), topics.toString());
  }

  @Test
  void wordsBackstoryWritesIntoAnExplainerComeFromTheLabels() throws IOException {
    Document a = page("a/index.html");
    Element included = a.selectFirst("aside.included-question");
    assertEquals("Aus: Was ist B? (aktualisiert am 28. Juli 2023)",
        included.selectFirst(".included-from").text());
    assertEquals("../b/index.html#zweite", included.selectFirst(".included-from a").attr("href"));
    assertEquals("2023-07-28", included.selectFirst(".included-updated time").attr("datetime"));
    // An include inside an included question shows as a link.
    assertEquals("Siehe Dritte Frage?.", included.selectFirst(".included-link").text());
    assertEquals(List.of("Korrektur", "Aktualisierung"),
        a.select(".corrections li strong").eachText());
    Document b = page("b/index.html");
    assertTrue(b.select(".referenced-in a").eachText().contains("Die kurze Antwort"),
        b.select(".referenced-in").text());
    assertEquals("Tabelle \"Daten\"",
        b.selectFirst("main .table-wrap[role=region]:has(table)").attr("aria-label"));
  }

  @Test
  void everyDateReadsInGerman() throws IOException {
    assertEquals("27. Juli 2023", page("a/index.html")
        .selectFirst("p.dates time[datetime=2023-07-27]").text());
    Document timeline = page("timeline/index.html");
    assertEquals("Oktober 2006", timeline.selectFirst("time[datetime=2006-10]").text());
    assertEquals("2007", timeline.selectFirst("time[datetime=2007]").text());
    List<String> english = List.of("January", "March", "May", "June", "July", "October",
        "December");
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        for (Element time : Jsoup.parse(file.toFile(), "UTF-8").select("time")) {
          assertTrue(english.stream().noneMatch(time.text()::contains), file + ": " + time);
        }
      }
    }
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    assertEquals(List.of(), HtmlValidityTest.validate(pages));
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  private static String title(String path) throws IOException {
    return page(path).title().replace(" · Erklärt", "").replace(" – Erklärt", "");
  }

  private static String description(String path) throws IOException {
    return page(path).selectFirst("meta[name=description]").attr("content");
  }
}
