package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * The files that publish the demo site beyond its pages: head metadata and structured data,
 * feeds, sitemap, robots.txt, the 404 page, the search index and the downloads.
 */
class PublishingTest {

  static final String BASE = "https://example.org/explainers/";

  @TempDir static Path temp;
  static CaseSite demo;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void build() throws IOException {
    demo = CaseSite.demo(temp);
    CaseSite.Run run = demo.run();
    assertEquals(0, run.exitCode(), run.err());
  }

  static Document page(Path site, String path) throws IOException {
    Path file = site.resolve(path);
    return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
  }

  static List<String> htmlPages(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(f -> f.toString().endsWith(".html"))
          .map(f -> site.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("downloads/"))
          .sorted().toList();
    }
  }

  static JsonNode graph(Document page) throws IOException {
    List<Element> scripts = page.select("script[type=application/ld+json]");
    assertEquals(1, scripts.size(), "one JSON-LD block per page");
    JsonNode root = JSON.readTree(scripts.get(0).data());
    assertEquals("https://schema.org", root.get("@context").asText());
    return root.get("@graph");
  }

  static JsonNode node(JsonNode graph, String type) {
    for (JsonNode node : graph) {
      if (node.get("@type").asText().equals(type)) {
        return node;
      }
    }
    return null;
  }

  @Test
  void everyPageHasCanonicalLanguageDescriptionPreviewsAndOneGraph() throws IOException {
    List<String> pages = htmlPages(demo.site());
    assertTrue(pages.size() >= 15, pages.toString());
    for (String path : pages) {
      Document page = page(demo.site(), path);
      assertEquals("en", page.selectFirst("html").attr("lang"), path);
      assertEquals("ltr", page.selectFirst("html").attr("dir"), path);
      if (isRedirect(page)) {
        continue; // a page left at an old address: it forwards, and is never indexed
      }
      assertFalse(page.select("meta[name=description]").attr("content").isBlank(), path);
      assertEquals(page.select("meta[name=description]").attr("content"),
          page.select("meta[property=og:description]").attr("content"), path);
      assertFalse(page.select("meta[property=og:title]").attr("content").isBlank(), path);
      assertFalse(page.select("meta[name=twitter:card]").attr("content").isBlank(), path);
      boolean utility = path.equals("404.html") || path.startsWith("search/");
      assertEquals(utility, !page.select("meta[name=robots][content=noindex]").isEmpty(), path);
      if (!path.startsWith("search/")) {
        Element box = page.selectFirst("header form.site-search[role=search][method=get]");
        assertNotNull(box, "a search box that works without script on " + path);
        assertEquals("q", box.selectFirst("input[type=search]").attr("name"));
        String action = box.attr("action");
        Path target = path.equals("404.html")
            ? demo.site().resolve(action.substring("/explainers/".length()))
            : demo.site().resolve(path).getParent().resolve(action).normalize();
        assertEquals(demo.site().resolve("search/index.html"), target, path);
      }
      if (path.equals("404.html")) {
        assertTrue(page.select("link[rel=canonical]").isEmpty(), "a 404 page has no address");
        continue;
      }
      String expected = BASE + path.replaceFirst("index\\.html$", "");
      assertEquals(expected, page.select("link[rel=canonical]").attr("href"), path);
      assertEquals(expected, page.select("meta[property=og:url]").attr("content"), path);
      if (!path.startsWith("search/")) {
        assertNotNull(node(graph(page), "BreadcrumbList"), path);
      }
    }
  }

  @Test
  void explainersDescribeThemselvesAsNewsArticlesWithImageAuthorsAndCorrections()
      throws IOException {
    Document page = page(demo.site(), "kim-putin/index.html");
    assertEquals("article", page.select("meta[property=og:type]").attr("content"));
    assertEquals(BASE + "media/images/kim-putin.svg",
        page.select("meta[property=og:image]").attr("content"));
    assertEquals(BASE + "media/images/kim-putin.svg",
        page.select("meta[name=twitter:image]").attr("content"));
    assertEquals("summary_large_image", page.select("meta[name=twitter:card]").attr("content"));

    JsonNode graph = graph(page);
    JsonNode article = node(graph, "NewsArticle");
    assertEquals(page.selectFirst("h1").text(), article.get("headline").asText());
    assertEquals(page.selectFirst("p.dek").text(), article.get("alternativeHeadline").asText());
    assertEquals("2023-09-12", article.get("datePublished").asText());
    assertEquals("2023-09-13", article.get("dateModified").asText(),
        "the last change: the later of updated and the corrections");
    assertEquals("Seoul", article.get("dateline").asText());
    assertEquals(BASE + "kim-putin/", article.get("url").asText());
    JsonNode author = article.get("author").get(0);
    assertEquals("Person", author.get("@type").asText());
    assertEquals("Backstory Explainers Desk", author.get("name").asText());
    assertEquals(BASE + "#publisher", article.get("publisher").get("@id").asText());
    assertEquals(BASE + "#website", article.get("isPartOf").get("@id").asText());
    assertEquals("Backstory", node(graph, "NewsMediaOrganization").get("name").asText());

    JsonNode image = node(graph, "ImageObject");
    assertEquals(article.get("image").get("@id").asText(), image.get("@id").asText());
    assertEquals(page.select("figure.lead-image .caption").text(), image.get("caption").asText());
    assertFalse(image.get("creditText").asText().isBlank());
    assertFalse(image.get("license").asText().isBlank());

    JsonNode correction = article.get("correction").get(0);
    assertEquals("CorrectionComment", correction.get("@type").asText());
    assertEquals(page.select("section#corrections li").first().text()
        .replaceFirst("^[^:]*: ", ""), correction.get("text").asText());

    JsonNode crumbs = node(graph, "BreadcrumbList").get("itemListElement");
    assertEquals(BASE, crumbs.get(0).get("item").asText());
    assertEquals(BASE + "kim-putin/", crumbs.get(crumbs.size() - 1).get("item").asText());
    assertEquals(crumbs.size(), crumbs.get(crumbs.size() - 1).get("position").asInt());

    assertNull(node(graph, "FAQPage"), "FAQ pages are off by default");
    assertNull(article.get("speakable"), "speakable is off by default");
  }

  /**
   * The site folder has the permissions of any new folder beside it: it had been readable by
   * its owner alone, so a web server reading it as another user refused every page, and
   * `rsync -a site/` carried that onto the host.
   */
  @Test
  void theSiteFolderCanBeReadByWhoeverANewFolderHereCanBe() throws IOException {
    Path probe = Files.createDirectory(demo.site().resolveSibling("new-folder"));
    assertEquals(Files.getPosixFilePermissions(probe),
        Files.getPosixFilePermissions(demo.site()));
  }

  @Test
  void faqPageAndSpeakableAreSiteOptions(@TempDir Path root) throws IOException {
    CaseSite site = CaseSite.demo(root);
    Files.writeString(root.resolve("content/site.yaml"), "title: \"Desk\"\n"
        + "baseUrl: \"https://news.example/x\"\nfaqPage: true\nspeakable: true\n"
        + "publisher: \"News Co\"\npublisherLogo: \"assets/icon.svg\"\n");
    assertEquals(0, site.run().exitCode());
    Document page = page(site.site(), "kim-putin/index.html");
    JsonNode graph = graph(page);
    JsonNode faq = node(graph, "FAQPage");
    List<Element> sections = page.select("section.question");
    assertEquals(sections.size(), faq.get("mainEntity").size());
    JsonNode first = faq.get("mainEntity").get(0);
    assertEquals("Question", first.get("@type").asText());
    assertEquals(sections.get(0).selectFirst("h2").ownText().strip(), first.get("name").asText());
    assertEquals(sections.get(0).select("> p").first().text().substring(0, 40),
        first.get("acceptedAnswer").get("text").asText().substring(0, 40));
    assertEquals("https://news.example/x/kim-putin/#how-close",
        first.get("acceptedAnswer").get("url").asText());
    JsonNode speakable = node(graph, "NewsArticle").get("speakable");
    assertEquals("[\"#headline\",\"#short-answer\"]", speakable.get("cssSelector").toString());
    assertNotNull(page.selectFirst("#headline"));
    JsonNode publisher = node(graph, "NewsMediaOrganization");
    assertEquals("News Co", publisher.get("name").asText());
    assertEquals("https://news.example/x/assets/icon.svg",
        publisher.get("logo").get("url").asText());
  }

  @Test
  void structuredDataCannotBreakOutOfItsScript(@TempDir Path root) throws IOException {
    String title = "Is </script><script>alert(1)</script> & <!-- safe?";
    CaseSite site = CaseSite.of("-- content/site.yaml --\nbaseUrl: \"https://news.example/\"\n"
        + "-- content/a.md --\n---\ntitle: \"" + title + "\"\ndate: 2024-01-02\n"
        + "authors:\n  - name: \"Ana <Lee>\"\n    url: \"https://news.example/ana?a=1&b=2\"\n---\n"
        + "Short.\n\n## Why? {#why}\n\nBecause.\n", root);
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(site.site().resolve("a/index.html"));
    String script = html.substring(html.indexOf("<script type=\"application/ld+json\">"));
    script = script.substring(0, script.indexOf("</script>"));
    assertFalse(script.contains("<script>alert"), script);
    assertTrue(script.contains("\\u003c/script\\u003e"), script);
    Document page = Jsoup.parse(html);
    JsonNode article = node(graph(page), "NewsArticle");
    assertEquals(title, article.get("headline").asText());
    assertEquals("Person", article.get("author").get(0).get("@type").asText());
    assertEquals("Ana <Lee>", article.get("author").get(0).get("name").asText());
    assertEquals("https://news.example/ana?a=1&b=2",
        article.get("author").get(0).get("url").asText());
    assertEquals(1, page.select("script").size() - page.select("script[src]").size());
  }

  @Test
  void theAtomFeedReadsBackWithAFeedParser() throws Exception {
    SyndFeed feed = new SyndFeedInput().build(
        new InputSource(Files.newInputStream(demo.site().resolve("feed.xml"))));
    assertEquals("atom_1.0", feed.getFeedType());
    assertEquals("Backstory Explainers", feed.getTitle());
    assertEquals(BASE, alternate(feed));
    assertEquals(BASE + "feed.xml", feed.getUri());
    List<SyndEntry> entries = feed.getEntries();
    List<String> home = CaseSite.summariesAcrossPages(demo.site(), "index.html").stream()
        .map(summary -> summary.selectFirst("h3 a").text()).toList();
    assertEquals(home, entries.stream().map(SyndEntry::getTitle).toList(), "newest first");
    SyndEntry kimPutin = entries.stream().filter(e -> e.getLink().equals(BASE + "kim-putin/"))
        .findFirst().orElseThrow();
    assertEquals(date("2023-09-12"), kimPutin.getPublishedDate());
    assertEquals(date("2023-09-13"), kimPutin.getUpdatedDate());
    assertFalse(kimPutin.getAuthors().isEmpty());
    assertTrue(kimPutin.getDescription().getValue().startsWith("Russia wants weapons"));
    assertTrue(page(demo.site(), "index.html")
        .select("link[rel=alternate][type=application/atom+xml]").attr("href").equals("feed.xml"));
  }

  /**
   * With a time zone, each entry is dated at midnight there: New York's midnight is 04:00 UTC,
   * where midnight UTC would have shown the evening before to readers in New York.
   */
  @Test
  void aSiteInATimeZoneDatesItsFeedAtMidnightThere(@TempDir Path root) throws Exception {
    CaseSite site = demoWith(root, "timeZone: \"America/New_York\"\n");
    Document feed = Jsoup.parse(Files.readString(site.site().resolve("feed.xml")), "",
        org.jsoup.parser.Parser.xmlParser());
    Element kimPutin = feed.select("entry").stream()
        .filter(entry -> entry.selectFirst("id").text().endsWith("/kim-putin/"))
        .findFirst().orElseThrow();
    assertEquals("2023-09-12T00:00:00-04:00", kimPutin.selectFirst("published").text());
    assertEquals("2023-09-13T00:00:00-04:00", kimPutin.selectFirst("updated").text());
    SyndFeed parsed = new SyndFeedInput().build(
        new InputSource(Files.newInputStream(site.site().resolve("feed.xml"))));
    assertEquals(Date.from(java.time.Instant.parse("2023-09-12T04:00:00Z")),
        parsed.getEntries().stream().filter(e -> e.getLink().endsWith("/kim-putin/"))
            .findFirst().orElseThrow().getPublishedDate());
  }

  /** The demo with one more line in its site.yaml, built. */
  private static CaseSite demoWith(Path root, String setting) throws IOException {
    CaseSite site = CaseSite.demo(root);
    Path siteYaml = root.resolve("content/site.yaml");
    Files.writeString(siteYaml, Files.readString(siteYaml) + setting);
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    return site;
  }

  /** A feed is polled again and again: it carries the newest `feedSize` explainers only. */
  @Test
  void aFeedCarriesTheNewestFeedSizeExplainers(@TempDir Path root) throws Exception {
    CaseSite site = demoWith(root, "feedSize: 2\n");
    SyndFeed feed = new SyndFeedInput().build(
        new InputSource(Files.newInputStream(site.site().resolve("feed.xml"))));
    List<String> newest = CaseSite.summariesAcrossPages(site.site(), "index.html").stream()
        .map(summary -> summary.selectFirst("h3 a").text()).limit(2).toList();
    assertEquals(newest, feed.getEntries().stream().map(SyndEntry::getTitle).toList());
    assertEquals(feed.getEntries().stream().map(SyndEntry::getUpdatedDate)
        .max(Date::compareTo).orElseThrow(), feed.getPublishedDate(),
        "the feed is as new as its newest entry");
    SyndFeed topic = new SyndFeedInput().build(new InputSource(
        Files.newInputStream(site.site().resolve("topics/north-korea/feed.xml"))));
    assertEquals(2, topic.getEntries().size());
  }

  @Test
  void eachTopicHasItsOwnFeed() throws Exception {
    Document topic = page(demo.site(), "topics/north-korea/index.html");
    List<String> feeds = topic.select("link[rel=alternate][type=application/atom+xml]")
        .eachAttr("href");
    assertEquals(List.of("feed.xml", "../../feed.xml"), feeds);
    SyndFeed feed = new SyndFeedInput().build(new InputSource(
        Files.newInputStream(demo.site().resolve("topics/north-korea/feed.xml"))));
    assertEquals(CaseSite.summariesAcrossPages(demo.site(), "topics/north-korea/index.html")
            .stream().map(summary -> summary.selectFirst("h3 a").text()).toList(),
        feed.getEntries().stream().map(SyndEntry::getTitle).toList());
    assertEquals(BASE + "topics/north-korea/", alternate(feed));
  }

  /**
   * A slug in another script is percent-encoded in every full address of the page, the same
   * way: the sitemap (whose protocol takes ASCII alone), the canonical link, Open Graph, the
   * structured data, the feed and graph.json.
   */
  @Test
  void aSlugInAnotherScriptIsPercentEncodedTheSameWayInEveryFullAddress(@TempDir Path root)
      throws IOException {
    CaseSite site = builtAtNewsExample(root, "-- content/한국.md --\n---\ntitle: \"무엇?\"\n"
        + "date: 2024-01-02\n---\nShort.\n\n## 왜? {#why}\n\nBecause.\n");
    String address = "https://news.example/%ED%95%9C%EA%B5%AD/";
    List<String> locations = Jsoup.parse(Files.readString(site.site().resolve("sitemap.xml")),
        "", org.jsoup.parser.Parser.xmlParser()).select("loc").eachText();
    assertTrue(locations.contains(address), locations.toString());
    assertTrue(locations.stream().allMatch(loc -> loc.chars().allMatch(c -> c < 0x80)),
        locations.toString());
    Document page = page(site.site(), "한국/index.html");
    assertEquals(address, page.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals(address, page.selectFirst("meta[property=og:url]").attr("content"));
    assertTrue(page.selectFirst("script[type=application/ld+json]").data()
        .contains("\"" + address + "\""));
    assertTrue(Files.readString(site.site().resolve("feed.xml"))
        .contains("<id>" + address + "</id>"));
    assertTrue(Files.readString(site.site().resolve("graph.json"))
        .contains("\"absoluteUrl\": \"" + address + "\""));
  }

  @Test
  void theSitemapFollowsItsSchemaAndDatesEachPageByItsLastChange() throws Exception {
    Path sitemap = demo.site().resolve("sitemap.xml");
    Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(PublishingTest.class.getResource("/sitemap-0.9.xsd")).newValidator();
    validator.validate(new StreamSource(sitemap.toFile()));

    org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance()
        .newDocumentBuilder().parse(sitemap.toFile());
    var urls = xml.getElementsByTagName("url");
    List<String> locations = new ArrayList<>();
    for (int i = 0; i < urls.getLength(); i++) {
      var url = (org.w3c.dom.Element) urls.item(i);
      String loc = url.getElementsByTagName("loc").item(0).getTextContent();
      locations.add(loc);
      if (loc.equals(BASE + "kim-putin/")) {
        assertEquals("2023-09-13", url.getElementsByTagName("lastmod").item(0).getTextContent());
      }
      if (loc.equals(BASE + "people/north-korean-state-media/")) {
        assertEquals("2023-09-06", url.getElementsByTagName("lastmod").item(0).getTextContent(),
            "a person's page changes with the explainers quoting them, not the whole site");
      }
    }
    List<String> expected = htmlPages(demo.site()).stream()
        .filter(p -> !p.equals("404.html") && !p.startsWith("search/"))
        .filter(p -> {
          try {
            return !isRedirect(page(demo.site(), p));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })
        .map(p -> BASE + p.replaceFirst("index\\.html$", "")).sorted().toList();
    assertEquals(expected, locations.stream().sorted().toList());
    assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml\n",
        Files.readString(demo.site().resolve("robots.txt")));
  }

  @Test
  void theSitemapSchemaRejectsWhatTheProtocolForbids() throws Exception {
    Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(PublishingTest.class.getResource("/sitemap-0.9.xsd")).newValidator();
    String bad = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url>"
        + "<lastmod>2023-09-13</lastmod></url></urlset>";
    org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class,
        () -> validator.validate(new StreamSource(new java.io.StringReader(bad))));
  }

  @Test
  void theNotFoundPageUsesTheLayoutWithLinksThatWorkFromAnyDepth() throws IOException {
    Document page = page(demo.site(), "404.html");
    assertEquals("Page not found", page.selectFirst("main h1").text());
    assertNotNull(page.selectFirst("header.site-header"));
    for (Element link : page.select("a[href], link[href]")) {
      String href = link.attr("href");
      assertTrue(href.startsWith("/explainers/") || href.startsWith("#"), href);
    }
    assertEquals("/explainers/assets/style.css",
        page.select("link[rel=stylesheet]").attr("href"));
  }

  @Test
  void theSearchIndexHoldsAnIncludingExplainersOwnWordsAndNoMarker(@TempDir Path root)
      throws IOException {
    CaseSite site = CaseSite.of("-- content/a.md --\n---\ntitle: \"Why?\"\ndate: 2024-01-02\n---\n"
        + "Short answer.\n\n## Who said it? {#who}\n\nBefore the include.\n\n![[b#q]]\n\n"
        + "After the include.\n"
        + "-- content/b.md --\n---\ntitle: \"What?\"\ndate: 2024-01-03\n---\nShort.\n\n"
        + "## Is it included? {#q}\n\nWords from the included section.\n", root);
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    String script = Files.readString(site.site().resolve("search/search-index.js"));
    JsonNode docs = JSON.readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1))
        .get("docs");
    JsonNode a = null;
    for (JsonNode doc : docs) {
      if (doc.get(0).asText().equals("a/index.html")) {
        a = doc;
      }
    }
    assertEquals("Before the include. After the include.", a.get(3).get(1).get(2).asText());
  }

  @Test
  void theSearchIndexIsAScriptLeanerThanTheTextItIndexes() throws IOException {
    byte[] script = Files.readAllBytes(demo.site().resolve("search/search-index.js"));
    String text = new String(script, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("window.backstorySearch={"), text.substring(0, 40));
    Document search = page(demo.site(), "search/index.html");
    assertEquals(List.of("../search/search-index.js", "../assets/search.js"),
        search.select("script[src]").eachAttr("src"));
    assertEquals("index.html", search.selectFirst("form#search-form").attr("action"));
    assertEquals("q", search.selectFirst("form#search-form input[type=search]").attr("name"));

    StringBuilder indexed = new StringBuilder();
    for (String path : htmlPages(demo.site())) {
      if (path.split("/").length == 2 && !path.startsWith("topics/")
          && !path.startsWith("search/")) {
        Document page = page(demo.site(), path);
        // What the index covers: the explainer's own text, not the backlinks the layout adds.
        page.select(".referenced-in, section.question a.permalink").remove();
        indexed.append(page.select("h1, p.dek, section#short-answer > :not(h2), "
            + "section.question").text()).append('\n');
        for (Element question : page.select("section.question")) {
          assertTrue(text.contains(JSON.writeValueAsString(question.id())), question.id());
        }
      }
    }
    int textBytes = indexed.toString().getBytes(StandardCharsets.UTF_8).length;
    int gzipped = gzip(script).length;
    System.out.printf("search index: %d bytes (%d gzipped) for %d bytes of text: %.1f%% gzipped"
        + " of the text%n", script.length, gzipped, textBytes, 100.0 * gzipped / textBytes);
    assertTrue(gzipped < 0.4 * textBytes, gzipped + " gzipped bytes for " + textBytes);
    assertTrue(script.length < 1.3 * textBytes, script.length + " bytes for " + textBytes);
  }

  @Test
  void everyExplainerIsAlsoOneSelfContainedFile() throws IOException {
    Document page = page(demo.site(), "downloads/kim-putin.html");
    assertEquals(page(demo.site(), "kim-putin/index.html").selectFirst("h1").text(),
        page.selectFirst("h1").text());
    assertTrue(page.select("script[src]").isEmpty());
    assertNotNull(page(demo.site(), "kim-putin/index.html").getElementById("link-previews"));
    assertNull(page.getElementById("link-previews"), "no data without the script that reads it");
    assertNotNull(page.selectFirst("script[type=application/ld+json]"), "structured data stays");
    assertTrue(page.select("link[rel=stylesheet]").isEmpty()
        || !Files.exists(demo.site().resolve("assets/style.css")));
    assertTrue(page.selectFirst("figure.lead-image img").attr("src")
        .startsWith("data:image/svg+xml;base64,"));
    assertTrue(page.selectFirst("link[rel=icon]").attr("href").startsWith("data:"));
    for (Element link : page.select("a[href], link[href], form[action]")) {
      String href = link.hasAttr("action") ? link.attr("action") : link.attr("href");
      assertTrue(href.startsWith("#") || href.startsWith("https://") || href.startsWith("data:")
          || href.startsWith("mailto:"), href);
    }
    assertTrue(page.select("a[href]").eachAttr("href")
        .contains(BASE + "shoigu-visit/index.html#weapons-show"));
  }

  @Test
  void aLinkJavasUriParserRefusesStaysAsWrittenInTheSelfContainedFile(@TempDir Path root)
      throws IOException {
    CaseSite site = CaseSite.of("-- content/site.yaml --\nbaseUrl: \"https://news.example/\"\n"
        + "-- content/a.md --\n---\ntitle: \"Why?\"\ndate: 2024-01-02\n---\n"
        // A Markdown link to such an address is an error; raw HTML, which editors may write,
        // still reaches the writer of the self-contained file.
        + "See <a href=\"https://data.example/q?a=1&amp;b=&lt;2&gt;\">the data</a> and "
        + "[the index](b.md).\n\n## Why? {#why}\n\nBecause.\n"
        + "-- content/b.md --\n---\ntitle: \"Who?\"\ndate: 2024-01-03\n---\nShort.\n", root);
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    Document page = page(site.site(), "downloads/a.html");
    assertEquals("https://data.example/q?a=1&b=<2>",
        page.selectFirst("a:contains(the data)").attr("href"));
    assertEquals("https://news.example/b/index.html",
        page.selectFirst("a:contains(the index)").attr("href"));
  }

  @Test
  void theOfflineZipHoldsTheWholeSiteSortedWithFixedTimes(@TempDir Path again)
      throws IOException {
    Path zip = demo.site().resolve("downloads/backstory-explainers-offline.zip");
    List<String> names = new ArrayList<>();
    Map<String, Document> pages = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
        assertEquals(java.time.LocalDateTime.of(2000, 1, 1, 0, 0), entry.getTimeLocal(),
            entry.getName());
        byte[] inZip = in.readAllBytes();
        String path = entry.getName().substring("backstory-explainers/".length());
        assertArrayEquals(Files.readAllBytes(demo.site().resolve(path)), inZip, path);
        if (path.endsWith(".html")) {
          pages.put(entry.getName(), Jsoup.parse(new String(inZip, StandardCharsets.UTF_8),
              "http://unzipped.test/" + entry.getName()));
        }
      }
    }
    assertEquals(names.stream().sorted().toList(), names);
    for (String page : htmlPages(demo.site())) {
      // The page a host shows for a missing address links from the site's root: not offline.
      assertEquals(!page.equals("404.html"), names.contains("backstory-explainers/" + page), page);
    }
    pages.forEach((page, html) -> {
      for (Element link : html.select("a[href], link[href], img[src], script[src]")) {
        String target = link.hasAttr("href") ? link.absUrl("href") : link.absUrl("src");
        if (target.startsWith("http://unzipped.test/")) {
          String file = URLDecoder.decode(target.substring("http://unzipped.test/".length())
              .replaceAll("[?#].*", ""), StandardCharsets.UTF_8);
          assertTrue(names.contains(file) || names.contains(file + "index.html"),
              page + " links to " + link.outerHtml());
        }
      }
    });
    assertTrue(names.stream().noneMatch(name -> name.contains("/downloads/")), names.toString());
    assertTrue(names.contains("backstory-explainers/search/search-index.js"));

    CaseSite other = CaseSite.demo(again);
    java.util.TimeZone zone = java.util.TimeZone.getDefault();
    try {
      // A build on a machine in another time zone gives the same bytes.
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(
          zone.getRawOffset() == 9 * 3_600_000 ? "America/New_York" : "Asia/Seoul"));
      assertEquals(0, other.run().exitCode());
    } finally {
      java.util.TimeZone.setDefault(zone);
    }
    assertArrayEquals(Files.readAllBytes(zip),
        Files.readAllBytes(other.site().resolve("downloads/backstory-explainers-offline.zip")),
        "the same site gives the same zip");
  }

  @Test
  void aSiteWithoutBaseUrlHasNoAbsoluteUrlsFeedsOrSitemap(@TempDir Path root) throws IOException {
    CaseSite site = CaseSite.of("-- content/a.md --\n---\ntitle: \"What is A?\"\n"
        + "date: 2024-01-02\n---\nShort.\n\n## Why? {#why}\n\nBecause.\n", root);
    assertEquals(0, site.run().exitCode());
    Document page = page(site.site(), "a/index.html");
    assertTrue(page.select("link[rel=canonical], meta[property=og:url]").isEmpty());
    assertTrue(page.select("script[type=application/ld+json]").isEmpty());
    assertFalse(Files.exists(site.site().resolve("feed.xml")));
    assertFalse(Files.exists(site.site().resolve("sitemap.xml")));
    assertTrue(Files.exists(site.site().resolve("search/search-index.js")));
    assertTrue(Files.exists(site.site().resolve("downloads/explainers-offline.zip")));
  }

  static boolean isRedirect(Document page) {
    return page.selectFirst("meta[http-equiv=refresh]") != null;
  }

  /** The page a feed follows (ROME's getLink prefers the feed's own address). */
  private static String alternate(SyndFeed feed) {
    return feed.getLinks().stream().filter(link -> link.getRel().equals("alternate"))
        .findFirst().orElseThrow().getHref();
  }

  @Test
  void draftsAndFutureExplainersAreInNoFeedSitemapSearchIndexOrDownload(@TempDir Path root)
      throws IOException {
    String published = "---\ntitle: \"What is published?\"\ndate: 2023-09-01\n"
        + "tags: [\"Shared\"]\n---\nOut now.\n\n## Why? {#why}\n\nBecause.\n";
    CaseSite site = CaseSite.of("-- content/site.yaml --\nbaseUrl: \"https://news.example/\"\n"
        + "-- content/published.md --\n" + published
        + "-- content/draft.md --\n" + published.replace("What is published?",
            "Secret draft?").replace("tags:", "draft: true\ntags:")
        + "-- content/future.md --\n" + published.replace("What is published?",
            "Coming later?").replace("2023-09-01", "2023-10-01"), root);
    CaseSite.Run run = site.run("build", "--now", "2023-09-15");
    assertEquals(0, run.exitCode(), run.err());
    List<String> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(site.site())) {
      all.filter(Files::isRegularFile).forEach(f -> files.add(site.site().relativize(f).toString()));
    }
    for (String file : files) {
      byte[] bytes = Files.readAllBytes(site.site().resolve(file));
      String text = file.endsWith(".zip") ? unzippedText(bytes)
          : new String(bytes, StandardCharsets.UTF_8);
      assertFalse(text.contains("Secret draft") || text.contains("Coming later"), file);
      assertFalse(text.contains("draft/") || text.contains("future/"), file);
    }
    assertTrue(files.containsAll(List.of("feed.xml", "topics/shared/feed.xml", "sitemap.xml",
        "search/search-index.js", "downloads/published.html", "downloads/explainers-offline.zip")),
        files.toString());
    assertTrue(Files.readString(site.site().resolve("search/search-index.js"))
        .contains("What is published?"));
  }

  /**
   * A site of drafts put online for editors (`--drafts`) is not indexed: no feed carries a
   * draft, and a person quoted only in drafts has a page that asks not to be indexed and is
   * not in the sitemap, as the draft's own page.
   */
  @Test
  void aBuildWithDraftsKeepsThemOutOfFeedsAndItsPeopleOutOfTheIndex(@TempDir Path root)
      throws IOException {
    String quote = "\n\n> Words.\n>\n> — %s, a role\n";
    CaseSite site = builtAtNewsExample(root, "-- content/published.md --\n---\n"
        + "title: \"What is published?\"\ndate: 2023-09-01\ntags: [\"Shared\"]\n---\nOut now."
        + quote.formatted("Ann Public") + "\n## Why? {#why}\n"
        + "-- content/draft.md --\n---\ntitle: \"Secret draft?\"\ndate: 2023-09-02\n"
        + "draft: true\ntags: [\"Shared\"]\n---\nNot yet." + quote.formatted("Zed Draftonly")
        + "\n## Why? {#why}\n", "build", "--drafts");
    for (String feed : List.of("feed.xml", "topics/shared/feed.xml")) {
      String text = Files.readString(site.site().resolve(feed));
      assertTrue(text.contains("What is published?"), feed);
      assertFalse(text.contains("Secret draft"), feed);
    }
    String sitemap = Files.readString(site.site().resolve("sitemap.xml"));
    assertTrue(sitemap.contains("people/ann-public/"), sitemap);
    assertFalse(sitemap.contains("people/zed-draftonly/") || sitemap.contains("draft/"), sitemap);
    assertEquals("noindex", page(site.site(), "people/zed-draftonly/index.html")
        .selectFirst("meta[name=robots]").attr("content"));
    assertNull(page(site.site(), "people/ann-public/index.html").selectFirst("meta[name=robots]"));
  }

  /**
   * An explainer with neither summary nor dek is described by the first sentences of its short
   * answer, in its head and its structured data alike, where its title stood in for them.
   */
  @Test
  void anExplainerWithoutSummaryOrDekIsDescribedByItsShortAnswer(@TempDir Path root)
      throws IOException {
    CaseSite site = builtAtNewsExample(root, "-- content/a.md --\n---\ntitle: \"Why now?\"\n"
        + "date: 2023-09-01\n---\nBecause the talks *failed*. Both sides walked out.\n\n"
        + "## Q? {#q}\n\nText.\n");
    Document page = page(site.site(), "a/index.html");
    String description = "Because the talks failed. Both sides walked out.";
    assertEquals(description, page.selectFirst("meta[name=description]").attr("content"));
    assertEquals(description, page.selectFirst("meta[property=og:description]").attr("content"));
    assertTrue(page.selectFirst("script[type=application/ld+json]").data()
        .contains("\"description\":\"" + description + "\""));
  }

  /** A site published at https://news.example/ of these files (case-file form), built clean. */
  private static CaseSite builtAtNewsExample(Path root, String files, String... args)
      throws IOException {
    CaseSite site = CaseSite.of("-- content/site.yaml --\nbaseUrl: \"https://news.example/\"\n"
        + files, root);
    CaseSite.Run run = site.run(args);
    assertEquals(0, run.exitCode(), run.err());
    return site;
  }

  private static String unzippedText(byte[] zip) throws IOException {
    StringBuilder text = new StringBuilder();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        text.append(entry.getName()).append('\n')
            .append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  private static Date date(String day) {
    return Date.from(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }
}
