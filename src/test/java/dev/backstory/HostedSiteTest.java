package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo site served by nginx under a sub-path, as a newsroom would host it, crawled from the
 * home page the way a reader's clicks would go: every link, stylesheet, script, image and feed
 * must answer, and every {@code #fragment} must name an element on its page.
 */
class HostedSiteTest {

  static final String PREFIX = "/news/explainers/";

  @TempDir static Path temp;
  static NginxServer server;
  static final HttpClient HTTP = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void serve() throws Exception {
    NginxServer.requireOrSkip(NginxServer.isInstalled(),
        "nginx is not installed (.ci/run installs it)");
    int port = NginxServer.freePort();
    CaseSite demo = CaseSite.demo(temp.resolve("project"));
    Path siteYaml = demo.root().resolve("content/site.yaml");
    Files.writeString(siteYaml, Files.readString(siteYaml).replaceFirst("(?m)^baseUrl:.*$",
        "baseUrl: \"http://127.0.0.1:" + port + PREFIX + "\""));
    CaseSite.Run run = demo.run();
    assertEquals(0, run.exitCode(), run.err());
    server = NginxServer.start(demo.site(), port, PREFIX, temp.resolve("nginx"));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null) {
      server.close();
    }
  }

  static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void crawlingFromTheHomePageFindsNoMissingFileAndNoMissingFragment() throws Exception {
    Map<String, Integer> status = new TreeMap<>();
    Map<String, Set<String>> idsByPage = new TreeMap<>();
    List<String> fragments = new ArrayList<>();
    Deque<String> queue = new ArrayDeque<>(List.of(server.url()));
    while (!queue.isEmpty()) {
      String url = queue.poll();
      if (status.containsKey(url)) {
        continue;
      }
      HttpResponse<byte[]> response = get(url);
      status.put(url, response.statusCode());
      String type = response.headers().firstValue("content-type").orElse("");
      if (response.statusCode() != 200) {
        continue;
      }
      List<String> found = new ArrayList<>();
      if (type.startsWith("text/html")) {
        Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), url);
        Set<String> ids = new TreeSet<>();
        page.select("[id]").forEach(e -> ids.add(e.id()));
        idsByPage.put(url, ids);
        for (Element e : page.select("a[href], link[href], script[src], img[src]")) {
          found.add(e.absUrl(e.hasAttr("src") ? "src" : "href"));
        }
        page.select("meta[property=og:image], meta[property=og:url]")
            .forEach(e -> found.add(e.attr("content")));
        page.select("form[action]").forEach(e -> found.add(e.absUrl("action")));
      } else if (url.endsWith(".xml")) {
        Document xml = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), url,
            Parser.xmlParser());
        xml.select("loc").forEach(e -> found.add(e.text()));
        xml.select("link[href]").forEach(e -> found.add(e.attr("href")));
      }
      for (String link : found) {
        if (!link.startsWith(server.url())) {
          continue;
        }
        int hash = link.indexOf('#');
        if (hash >= 0) {
          fragments.add(link);
          link = link.substring(0, hash);
        }
        queue.add(link);
      }
      if (url.equals(server.url())) {
        queue.add(server.url() + "sitemap.xml");
      }
    }
    List<String> missing = status.entrySet().stream().filter(e -> e.getValue() != 200)
        .map(e -> e.getValue() + " " + e.getKey()).toList();
    assertEquals(List.of(), missing);
    List<String> brokenFragments = fragments.stream().filter(link -> {
      int hash = link.indexOf('#');
      Set<String> ids = idsByPage.get(link.substring(0, hash));
      return ids == null || !ids.contains(
          java.net.URLDecoder.decode(link.substring(hash + 1), StandardCharsets.UTF_8));
    }).distinct().toList();
    assertEquals(List.of(), brokenFragments);
    long pages = idsByPage.size();
    System.out.printf("hosted crawl: %d URLs answered 200 (%d pages), %d fragment links%n",
        status.size(), pages, fragments.size());
    assertTrue(pages >= 16, "every page reached: " + idsByPage.keySet());
    assertTrue(status.containsKey(server.url() + "search/search-index.js"));
    assertTrue(status.containsKey(server.url() + "feed.xml"));
    assertTrue(status.containsKey(server.url() + "topics/north-korea/feed.xml"));
  }

  @Test
  void aMissingPageAtAnyDepthGetsTheStyled404WithWorkingLinks() throws Exception {
    for (String missing : List.of("nope", "a/b/c/deep.html", "kim-putin/nothing/")) {
      HttpResponse<byte[]> response = get(server.url() + missing);
      assertEquals(404, response.statusCode(), missing);
      Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8),
          server.url() + missing);
      assertEquals("Page not found", page.selectFirst("main h1").text());
      for (Element e : page.select("a[href], link[href], script[src], img[src]")) {
        if (e.attr("href").startsWith("#")) {
          assertTrue(page.getElementById(e.attr("href").substring(1)) != null, e.attr("href"));
          continue;
        }
        String url = e.absUrl(e.hasAttr("src") ? "src" : "href").replaceFirst("#.*$", "");
        assertEquals(200, get(url).statusCode(), missing + " links to " + url);
      }
    }
  }

  @Test
  void folderAddressesServeTheirPagesSoCanonicalUrlsWork() throws Exception {
    HttpResponse<byte[]> response = get(server.url() + "kim-putin/");
    assertEquals(200, response.statusCode());
    Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
    assertEquals(server.url() + "kim-putin/", page.select("link[rel=canonical]").attr("href"));
  }
}
