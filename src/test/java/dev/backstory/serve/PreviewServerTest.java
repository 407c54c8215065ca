package dev.backstory.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backstory.CaseSite;
import dev.backstory.build.BuildOptions;
import dev.backstory.build.BuildReport;
import dev.backstory.model.PublicationPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview end to end: a real server on 127.0.0.1, a real HTTP client, real edits on
 * disk, and the reload events a browser would hear.
 */
class PreviewServerTest {

  private static final String A = """
      ---
      title: "What is A?"
      dek: "A."
      authors: ["Desk"]
      date: 2023-09-01
      ---
      %s See [B](b.md#why).

      ## Why? {#why}

      Text.
      """;

  private static final String SITE = """
      -- content/b.md --
      ---
      title: "What is B?"
      dek: "B."
      authors: ["Desk"]
      date: 2023-09-01
      ---
      Short.

      ## Why? {#why}

      See [A](a.md).
      -- content/c.md --
      ---
      title: "What is C?"
      dek: "C."
      authors: ["Desk"]
      date: 2023-09-01
      draft: true
      ---
      Short.

      ## Why? {#why}

      See [A](a.md).
      -- secret.txt --
      TOP SECRET
      """;

  /** Far more than a page here takes, and a short wait for one that never finishes. */
  private static final Duration PAGE_TIME_LIMIT = Duration.ofSeconds(2);

  @TempDir Path temp;
  private CaseSite site;
  private PreviewServer server;
  private final BlockingQueue<BuildReport> builds = new LinkedBlockingQueue<>();
  /** What the builds told their progress, as "STEP done/total". */
  private final List<String> counted = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void start() throws IOException, InterruptedException {
    site = CaseSite.of(SITE, temp);
    writeA("The first version.");
    BuildOptions options = new BuildOptions(site.root().resolve("content"),
        site.root().resolve("templates"), site.site(), true, null,
        new PublicationPolicy(true, false, LocalDate.of(2024, 1, 1)))
        .withPageTimeLimit(PAGE_TIME_LIMIT);
    server = PreviewServer.start(options, new InetSocketAddress("127.0.0.1", 0),
        List.of(options.content(), options.templates()),
        (step, done, total) -> counted.add(step + " " + done + "/" + total), builds::add);
    assertTrue(nextBuild().succeeded());
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void servesTheBuiltPagesWithTheReloadScriptAddedOnlyWhenServed() throws Exception {
    HttpResponse<String> page = get("/a/");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("content-type").orElseThrow());
    assertTrue(page.body().contains("new EventSource(\"/__backstory/events\")"), page.body());
    assertTrue(page.body().contains("The first version."));
    assertFalse(Files.readString(site.site().resolve("a/index.html")).contains("__backstory"),
        "built files never contain the preview script");

    HttpResponse<String> folder = get("/a");
    assertEquals(301, folder.statusCode());
    assertEquals("/a/", folder.headers().firstValue("location").orElseThrow());

    HttpResponse<String> icon = get("/assets/icon.svg");
    assertEquals(200, icon.statusCode());
    assertEquals("image/svg+xml", icon.headers().firstValue("content-type").orElseThrow());

    HttpResponse<String> missing = get("/no-such-page/");
    assertEquals(404, missing.statusCode());
    assertEquals("Page not found", Jsoup.parse(missing.body()).selectFirst("h1").text(),
        "the default layouts give the site a 404 page of its own");
    Files.delete(site.site().resolve("404.html"));
    missing = get("/no-such-page/");
    assertEquals(404, missing.statusCode());
    assertEquals("404 Not Found", Jsoup.parse(missing.body()).selectFirst("h1").text());
  }

  @Test
  void theFirstBuildTellsItsProgressToTheEnd() {
    assertTrue(counted.contains("READING 3/3"), counted.toString());
    assertTrue(counted.stream().anyMatch(line -> line.matches("RENDERING (\\d+)/\\1")),
        counted.toString());
  }

  /** What the preview answers to a request written by hand, as a browser would send it. */
  private String rawRequest(String host) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.address().getPort())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(("GET /a/ HTTP/1.1\r\nHost: " + host
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * A web page that renames its own host to 127.0.0.1 (DNS rebinding) sends its name as the
   * Host: the preview does not answer it, so the drafts stay on this machine.
   */
  @Test
  void aRequestNamingAnotherHostIsRefused() throws Exception {
    assertTrue(rawRequest("evil.example:" + server.address().getPort())
        .startsWith("HTTP/1.1 403 "));
    for (String host : List.of("127.0.0.1:" + server.address().getPort(), "localhost",
        "LOCALHOST:80", "app.localhost")) {
      assertTrue(rawRequest(host).startsWith("HTTP/1.1 200 "), host);
    }
  }

  /** Connections that never finish their request hold no page back from the others. */
  @Test
  void stalledConnectionsDoNotHoldUpTheOthers() throws Exception {
    List<java.net.Socket> stalled = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        java.net.Socket socket = new java.net.Socket("127.0.0.1", server.address().getPort());
        socket.getOutputStream().write("GET /a/ HTTP/1.1\r\nHost: x\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        stalled.add(socket);
      }
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.address().resolve("/a/"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
    } finally {
      for (java.net.Socket socket : stalled) {
        socket.close();
      }
    }
  }

  /** A folder without the build's marker is no site: nothing in it is served. */
  @Test
  void anOutputFolderTheBuildDidNotWriteIsNotServed() throws Exception {
    assertEquals(200, get("/a/").statusCode());
    Files.delete(site.site().resolve(".backstory-output"));
    Files.writeString(site.site().resolve("secret.txt"), "TOP SECRET");
    assertEquals(404, get("/secret.txt").statusCode());
    assertEquals(404, get("/a/").statusCode());
  }

  @Test
  void theSitesOwn404PageIsServedWhenItHasOne() throws Exception {
    Files.writeString(site.site().resolve("404.html"), "<!DOCTYPE html><title>Lost</title><p>Our own page");
    HttpResponse<String> missing = get("/no-such-page/");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("<p>Our own page"), missing.body());
  }

  /**
   * The preview serves the site at its root, whatever path `baseUrl` publishes it under, and
   * builds it with its own address: the 404 page, whose links start at the root path, leads
   * into the preview, and addresses written in full are the preview's.
   */
  @Test
  void the404PageAndFullAddressesLeadIntoThePreviewWhereverTheSiteIsPublished()
      throws Exception {
    Files.writeString(site.root().resolve("content/site.yaml"),
        "title: \"T\"\nbaseUrl: \"https://example.org/explainers/\"\n");
    assertTrue(nextBuild().succeeded());
    HttpResponse<String> missing = get("/no-such-page/");
    assertEquals(404, missing.statusCode());
    Document page = Jsoup.parse(missing.body());
    List<String> addresses =
        page.select("link[rel=stylesheet], main a[href], header a[href]").eachAttr("href");
    assertFalse(addresses.isEmpty());
    for (String address : addresses) {
      assertEquals(200, get(address.replaceFirst("#.*", "")).statusCode(), address);
    }
    Document a = Jsoup.parse(get("/a/").body());
    assertEquals(server.address() + "a/", a.selectFirst("link[rel=canonical]").attr("href"));
  }

  @Test
  void draftsAreShownWithABanner() throws Exception {
    Document draft = Jsoup.parse(get("/c/").body());
    assertNotNull(draft.selectFirst(".draft-banner"));
    assertTrue(draft.selectFirst(".draft-banner").text().startsWith("Draft"));
  }

  @Test
  void anEditReloadsOpenPagesABrokenOneShowsTheErrorsOverTheLastGoodPageUntilFixed()
      throws Exception {
    BlockingQueue<String> events = listen();

    writeA("The second version.");
    awaitReload(events);
    assertTrue(nextBuild().succeeded());
    Document edited = Jsoup.parse(get("/a/").body());
    assertTrue(edited.text().contains("The second version."), edited.text());
    assertTrue(edited.select("#backstory-errors").isEmpty());

    Files.writeString(site.root().resolve("content/a.md"),
        A.formatted("The broken version.").replace("b.md#why", "b.md#x<b>y</b>"));
    awaitReload(events);
    assertFalse(nextBuild().succeeded());
    HttpResponse<String> response = get("/a/");
    assertEquals(200, response.statusCode(), "the last good page is still served");
    Document broken = Jsoup.parse(response.body());
    assertTrue(broken.text().contains("The second version."), "the last good page stays");
    Element overlay = broken.selectFirst("#backstory-errors");
    assertNotNull(overlay, "the errors are shown over the page");
    assertEquals("alert", overlay.attr("role"));
    assertEquals("en", overlay.attr("lang"), "read in English on a site in any language");
    assertEquals("ltr", overlay.attr("dir"));
    Element error = overlay.selectFirst("li");
    assertEquals(site.root().resolve("content/a.md").toString()
        + ":7:25: error: no question `#x<b>y</b>` in b.md", error.text());
    assertEquals("7", error.attr("data-line"));
    assertEquals("25", error.attr("data-column"));
    assertTrue(overlay.select("b").isEmpty(), "the message is escaped, not markup");
    assertNotNull(Jsoup.parse(get("/b/").body()).selectFirst("#backstory-errors"),
        "every page shows the errors");

    writeA("The fixed version.");
    awaitReload(events);
    assertTrue(nextBuild().succeeded());
    Document fixed = Jsoup.parse(get("/a/").body());
    assertTrue(fixed.text().contains("The fixed version."));
    assertTrue(fixed.select("#backstory-errors").isEmpty(), "a good save clears the errors");
  }

  @Test
  void addingAMissingLeadImageFixesTheUnchangedExplainerThatNamesIt() throws Exception {
    BlockingQueue<String> events = listen();
    Files.writeString(site.root().resolve("content/d.md"), """
        ---
        title: "What is D?"
        dek: "D."
        authors: ["Desk"]
        date: 2023-09-01
        image:
          src: "images/square.svg"
          alt: "A square"
          credit: "Desk"
        ---
        Short, see [A](a.md).

        ## Why? {#why}
        """);
    awaitReload(events);
    BuildReport missing = nextBuild();
    assertEquals(List.of("image `images/square.svg` not found (looked for "
        + site.root().resolve("content/images/square.svg") + ")"), missing.diagnostics().stream()
        .filter(d -> d.isError()).map(d -> d.message()).toList());

    Path image = site.root().resolve("content/images/square.svg");
    Files.createDirectories(image.getParent());
    Files.writeString(image, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>");
    awaitReload(events);
    BuildReport fixed = nextBuild();
    while (!fixed.succeeded()) {
      // The folder and the file can arrive as two separate changes.
      awaitReload(events);
      fixed = nextBuild();
    }
    assertNotNull(Jsoup.parse(get("/d/").body()).selectFirst("img[alt=A square]"));
  }

  @Test
  void anExplainerEditReRendersOnlyThePagesThatShowIt() throws Exception {
    BlockingQueue<String> events = listen();
    Files.writeString(site.root().resolve("content/e.md"), """
        ---
        title: "What is E?"
        dek: "E."
        authors: ["Desk"]
        date: 2023-09-01
        tags: ["Other"]
        ---
        Short.

        ## Why? {#why}
        """);
    Files.writeString(site.root().resolve("content/a.md"), A.formatted("Tagged.")
        .replace("date: 2023-09-01", "date: 2023-09-01\ntags: [\"Shared\"]"));
    do {
      awaitReload(events);
    } while (!Files.exists(site.site().resolve("e/index.html"))
        || !Files.readString(site.site().resolve("a/index.html")).contains("Tagged."));
    Thread.sleep(100);
    builds.clear();
    Path untouched = site.site().resolve("e/index.html");
    var untouchedTime = Files.getLastModifiedTime(untouched);
    String untouchedPage = Files.readString(untouched);

    Files.writeString(site.root().resolve("content/a.md"), A.formatted("Retitled.")
        .replace("date: 2023-09-01", "date: 2023-09-01\ntags: [\"Shared\"]")
        .replace("What is A?", "What is A, retitled?"));
    awaitReload(events);
    BuildReport report = nextBuild();
    assertTrue(report.succeeded(), report.diagnostics().toString());
    assertEquals(7, report.pages(), "a, b and c (they link to a), its topic, the home page, "
        + "and the people and question index pages, which gather every explainer (a has no "
        + "event on the timeline)");
    assertEquals("What is A, retitled?",
        Jsoup.parse(get("/a/").body()).selectFirst("h1").text());
    assertTrue(Jsoup.parse(get("/").body()).text().contains("What is A, retitled?"));
    assertTrue(Jsoup.parse(get("/topics/shared/").body()).text().contains("What is A, retitled?"));
    assertEquals(untouchedTime, Files.getLastModifiedTime(untouched), "e was not rewritten");
    assertEquals(untouchedPage, Files.readString(untouched));

    // Rewording prose that holds no quote, link, question or event changes nothing the
    // site-wide pages show, nor the summaries on the home and topic pages, so they are left
    // as they are.
    Path questionIndex = site.site().resolve("questions/index.html");
    var questionIndexTime = Files.getLastModifiedTime(questionIndex);
    Path home = site.site().resolve("index.html");
    var homeTime = Files.getLastModifiedTime(home);
    Path topic = site.site().resolve("topics/shared/index.html");
    var topicTime = Files.getLastModifiedTime(topic);
    Thread.sleep(100);
    builds.clear();
    Files.writeString(site.root().resolve("content/a.md"), A.formatted("Reworded.")
        .replace("date: 2023-09-01", "date: 2023-09-01\ntags: [\"Shared\"]")
        .replace("What is A?", "What is A, retitled?"));
    awaitReload(events);
    BuildReport reworded = nextBuild();
    assertTrue(reworded.succeeded(), reworded.diagnostics().toString());
    assertEquals(3, reworded.pages(), "a, and b and c, which link to a");
    assertTrue(Jsoup.parse(get("/a/").body()).text().contains("Reworded."));
    assertEquals(questionIndexTime, Files.getLastModifiedTime(questionIndex),
        "the question index was not rewritten");
    assertEquals(homeTime, Files.getLastModifiedTime(home), "the home page was not rewritten");
    assertEquals(topicTime, Files.getLastModifiedTime(topic), "the topic page was not rewritten");
  }

  @Test
  void theSearchIndexAndGraphAreUpToDateWhenAskedFor() throws Exception {
    BlockingQueue<String> events = listen();
    Files.writeString(site.root().resolve("content/a.md"), A.formatted("Mentions quokkas.")
        .replace("## Why? {#why}", "## Why quokkas? {#why}"));
    awaitReload(events);
    assertTrue(nextBuild().succeeded());
    assertTrue(Jsoup.parse(get("/a/").body()).text().contains("Mentions quokkas."));
    // The save did not wait for them: as the last full build wrote them...
    assertFalse(searchText(Files.readString(site.site().resolve("search/search-index.js")))
        .contains("quokkas"));
    assertFalse(questionTitles(Files.readString(site.site().resolve("graph.json")))
        .contains("Why quokkas?"));

    // ...until someone asks for one.
    HttpResponse<String> index = get("/search/search-index.js");
    assertEquals(200, index.statusCode());
    assertTrue(searchText(index.body()).contains("Mentions quokkas."), index.body());
    assertTrue(questionTitles(get("/graph.json").body()).contains("Why quokkas?"));
  }

  /** Every text the search index holds, from the script that defines it. */
  private static String searchText(String script) throws IOException {
    String json = script.substring(script.indexOf('=') + 1, script.lastIndexOf(';'));
    StringBuilder text = new StringBuilder();
    new ObjectMapper().readTree(json).get("docs").forEach(doc -> collect(doc, text));
    return text.toString();
  }

  private static void collect(JsonNode node, StringBuilder text) {
    if (node.isTextual()) {
      text.append(node.asText()).append('\n');
    }
    node.forEach(child -> collect(child, text));
  }

  private static List<String> questionTitles(String graph) throws IOException {
    List<String> titles = new java.util.ArrayList<>();
    new ObjectMapper().readTree(graph).get("nodes").forEach(node -> {
      if (node.get("type").asText().equals("question")) {
        titles.add(node.get("title").asText());
      }
    });
    return titles;
  }

  @Test
  void aSiteDeletedUnderThePreviewIsBuiltAgainWhenAPageIsAskedForOrAFileSaved()
      throws Exception {
    CaseSite.deleteTree(site.site());
    HttpResponse<String> page = get("/a/");
    assertEquals(200, page.statusCode(), "not a 404 for every page");
    assertTrue(Jsoup.parse(page.body()).text().contains("The first version."));
    assertTrue(nextBuild().succeeded());

    CaseSite.deleteTree(site.site());
    writeA("The version saved after a clean.");
    assertTrue(nextBuild().succeeded());
    assertTrue(Files.readString(site.site().resolve("a/index.html"))
        .contains("The version saved after a clean."));
    assertTrue(Files.isRegularFile(site.site().resolve("b/index.html")),
        "the whole site is written, not only the pages of the saved explainer");
  }

  @Test
  void aTemplateEditAlsoRebuilds() throws Exception {
    BlockingQueue<String> events = listen();
    Path footer = site.root().resolve("templates/partials/footer.ftlh");
    Files.writeString(footer, Files.readString(footer)
        .replace("</footer>", "<p class=\"new-footer\">Edited footer</p></footer>"));
    awaitReload(events);
    assertTrue(nextBuild().succeeded());
    assertEquals("Edited footer",
        Jsoup.parse(get("/a/").body()).selectFirst(".new-footer").text());
  }

  /**
   * A question's id steps aside from one that a template edit gives the layout, and keeps
   * stepping aside in the page-by-page rebuilds after later edits to its explainer.
   */
  @Test
  void aTemplateEditThatGivesTheLayoutAQuestionsIdMovesTheQuestionAside() throws Exception {
    BlockingQueue<String> events = listen();
    Path d = site.root().resolve("content/d.md");
    String explainer = A.replace("What is A?", "What is D?").replace("Why? {#why}", "Share?")
        .replace("See [B](b.md#why).", "Short.");
    Files.writeString(d, explainer.formatted("The first version."));
    awaitReload(events);
    assertTrue(nextBuild().succeeded());
    assertEquals("share", Jsoup.parse(get("/d/").body()).selectFirst("section.question").id());

    Path footer = site.root().resolve("templates/partials/footer.ftlh");
    Files.writeString(footer, Files.readString(footer)
        .replace("</footer>", "<p id=\"share\">Share this site</p></footer>"));
    awaitReload(events);
    assertTrue(nextBuild().succeeded());
    Document page = Jsoup.parse(get("/d/").body());
    assertEquals("share-2", page.selectFirst("section.question").id());
    assertEquals(Map.of(), CaseSite.repeatedIds(page));

    Files.writeString(d, explainer.formatted("The second version."));
    awaitReload(events);
    assertTrue(nextBuild().succeeded());
    page = Jsoup.parse(get("/d/").body());
    assertTrue(page.text().contains("The second version."));
    assertEquals("share-2", page.selectFirst("section.question").id());
  }

  /**
   * A layout that goes round without end and writes nothing would have held the rebuild, and
   * every later one, forever: it is stopped, shown as an error over the last good pages, and
   * the next save of the layout is built as usual.
   */
  @Test
  void aLayoutThatNeverFinishesIsShownAsAnErrorAndTheNextSaveRebuilds() throws Exception {
    BlockingQueue<String> events = listen();
    Path layout = site.root().resolve("templates/explainer.ftlh");
    String good = Files.readString(layout);
    Files.writeString(layout, "<#list 1.. as i><#if false>never</#if></#list>\n" + good);
    awaitReload(events);
    BuildReport broken = nextBuild();
    assertEquals(List.of(layout + ":1:1: error: template: the page was still rendering after "
        + "2 seconds and was stopped here, in a #list, macro or function that goes round "
        + "without end"),
        broken.diagnostics().stream().map(Object::toString).toList());
    HttpResponse<String> response = get("/a/");
    assertEquals(200, response.statusCode(), "the last good page is still served");
    Document page = Jsoup.parse(response.body());
    assertTrue(page.text().contains("The first version."), "the last good page stays");
    assertEquals(layout + ":1:1", page.selectFirst("#backstory-errors li").text()
        .replaceFirst(": error: .*", ""));

    Files.writeString(layout, good.replace("<article", "<p class=\"fixed\">Fixed</p><article"));
    awaitReload(events);
    assertTrue(nextBuild().succeeded());
    Document fixed = Jsoup.parse(get("/a/").body());
    assertNotNull(fixed.selectFirst(".fixed"), "the fixed layout is built");
    assertTrue(fixed.select("#backstory-errors").isEmpty());
  }

  @Test
  void pathsOutsideTheOutputFolderAreRefused() throws Exception {
    String absolute = site.root().resolve("secret.txt").toAbsolutePath().toString();
    for (String target : new String[] {"/../secret.txt", "/%2e%2e/secret.txt",
        "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/a/../../secret.txt",
        "/a/%2E%2E/%2E%2E/secret.txt", "/..%5csecret.txt", "/a/..%5c..%5csecret.txt",
        "//" + absolute.substring(1), absolute, "/%2F" + absolute.substring(1),
        "/.backstory-output", "/a/%00", "/a/%zz"}) {
      String response = rawGet(target);
      int status = Integer.parseInt(response.substring(9, 12));
      assertTrue(status == 400 || status == 403 || status == 404,
          () -> target + " gave " + response);
      assertFalse(response.contains("TOP SECRET"), target);
      assertFalse(response.contains("written by Backstory"), target);
    }
    assertEquals(200, Integer.parseInt(rawGet("/a/index.html").substring(9, 12)));
  }

  private void writeA(String shortAnswer) throws IOException {
    Files.writeString(site.root().resolve("content/a.md"), A.formatted(shortAnswer));
  }

  private BuildReport nextBuild() throws InterruptedException {
    BuildReport report = builds.poll(30, TimeUnit.SECONDS);
    assertNotNull(report, "a build finished");
    return report;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Opens the event stream as a page would; lines arrive in the queue as they are sent. */
  private BlockingQueue<String> listen() throws InterruptedException {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    http.sendAsync(HttpRequest.newBuilder(server.address().resolve("/__backstory/events")).build(),
            HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> {
          assertEquals("text/event-stream; charset=utf-8",
              response.headers().firstValue("content-type").orElseThrow());
          try (Stream<String> body = response.body()) {
            body.forEach(lines::add);
          } catch (RuntimeException closed) {
            // The server stopped at the end of the test.
          }
        });
    String line;
    while ((line = lines.poll(10, TimeUnit.SECONDS)) != null) {
      if (line.equals(": connected")) {
        return lines;
      }
    }
    fail("the event stream did not open");
    return lines;
  }

  private static void awaitReload(BlockingQueue<String> events) throws InterruptedException {
    String line;
    while ((line = events.poll(30, TimeUnit.SECONDS)) != null) {
      if (line.equals("event: reload")) {
        return;
      }
    }
    fail("no reload event within 30 s");
  }

  /** Sends the request line exactly as written: HTTP clients tidy paths, attackers do not. */
  private String rawGet(String target) throws IOException {
    URI address = server.address();
    try (Socket socket = new Socket(address.getHost(), address.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
