package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Link previews in a real browser (the system's Chromium, which {@code .ci/run} installs), on
 * the built demo opened from disk and from a local server: hovering or focusing a link to
 * another explainer's question shows that question and its explainer, the link points at the
 * preview with {@code aria-describedby}, Escape closes it, and the page logs no errors. The
 * demo built again in a language written from right to left shows its page mirrored, and its
 * previews lined up with the link's right edge. On a phone, in either direction, long code
 * lines and wide tables scroll in a box of their own that the keyboard can reach, never the
 * page. Without a browser it is skipped, unless {@code -Dbackstory.requireBrowser=true} (set
 * by CI).
 */
class LinkPreviewBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String LINK = "a[href='../shoigu-visit/index.html#weapons-show']";

  /** A page wider than a phone: a long address and word, a long line of code, a wide table. */
  private static final String WIDE = """
      ---
      title: "What does a wide page hold?"
      date: 2023-09-01
      ---
      An address: https://example.org/a-path-that-keeps-going-and-going-with-no-place-to-break
      and a word: Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenversicherungsanstalt.

      ## What is in the log? {#log}

          2023-09-13T10:32:11Z arrival train=armoured-from-pyongyang-via-khasan-tumangang delegation=14

      | Year | Event | Detail | Place | Leader | Partner | Outcome |
      |---|---|---|---|---|---|---|
      | 1948 | Founded | Proclaimed on the ninth of September | Pyongyang | Kim Il-sung | Moscow | Recognised |
      """;

  /** A quote inside an attributed quote, and a note of two paragraphs. */
  private static final String QUOTED = """
      ---
      title: "Who said what?"
      date: 2023-09-01
      ---
      The short answer, with a long note.[^long]

      ## What was said? {#said}

      > The outer words, which quote another:
      >
      > > The inner words.
      >
      > — Jane Doe, a spokesperson

      [^long]: The note's first paragraph.

          Its second paragraph.
      """;

  @TempDir static Path temp;
  static CaseSite demo;
  static CaseSite arabic;
  static HttpServer server;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String why = "browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
          + " (CI installs them: see .ci/run)";
      if (Boolean.getBoolean("backstory.requireBrowser")) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    demo = CaseSite.demo(temp);
    Files.writeString(demo.root().resolve("content/wide.md"), WIDE);
    Files.writeString(demo.root().resolve("content/quoted.md"), QUOTED);
    assertEquals(0, demo.run().exitCode());
    arabic = CaseSite.demo(temp.resolve("arabic"));
    Files.writeString(arabic.root().resolve("content/wide.md"), WIDE);
    Path siteYaml = arabic.root().resolve("content/site.yaml");
    Files.writeString(siteYaml,
        Files.readString(siteYaml).replace("language: \"en\"", "language: \"ar\""));
    assertEquals(0, arabic.run().exitCode());
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      Path file = demo.site().resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      boolean found = file.startsWith(demo.site()) && Files.isRegularFile(file);
      byte[] body = found ? Files.readAllBytes(file) : new byte[0];
      String name = file.getFileName() == null ? "" : file.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".js") ? "text/javascript"
          : name.endsWith(".css") ? "text/css" : name.endsWith(".svg") ? "image/svg+xml"
          : "text/html; charset=utf-8");
      exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1280,900",
        // The theme scrolls smoothly; the pointer must land where the link is, not where it was.
        "--force-prefers-reduced-motion");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"disk", "server"})
  void aCrossLinkPreviewsItsTargetOnFocusAndHover(String from) {
    String page = from.equals("disk")
        ? demo.site().resolve("kim-putin/index.html").toUri().toString()
        : "http://127.0.0.1:" + server.getAddress().getPort() + "/kim-putin/index.html";
    browser.get(page);
    WebElement link = browser.findElement(By.cssSelector(LINK));
    WebElement tip = browser.findElement(By.id("link-preview"));
    assertFalse(tip.isDisplayed(), "no preview until asked");

    ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", link);
    assertTrue(tip.isDisplayed(), "keyboard focus shows the preview");
    assertEquals("link-preview", link.getDomAttribute("aria-describedby"));
    assertEquals("tooltip", tip.getDomAttribute("role"));
    String text = tip.getText();
    assertTrue(text.contains("What did Sergei Shoigu\u2019s visit to Pyongyang reveal?")
        || text.contains("What did Sergei Shoigu's visit to Pyongyang reveal?"), text);
    assertTrue(text.contains("What was on show at the weapons exhibition?"), text);

    new Actions(browser).sendKeys(Keys.ESCAPE).perform();
    assertFalse(tip.isDisplayed(), "Escape closes the preview");
    assertEquals(null, link.getDomAttribute("aria-describedby"));

    ((JavascriptExecutor) browser).executeScript("arguments[0].blur()", link);
    // Hover a link that sits on one line: the pointer goes to the centre of its box.
    WebElement oneLine = (WebElement) ((JavascriptExecutor) browser).executeScript(
        "const previews = JSON.parse(document.getElementById('link-previews').textContent);"
            + "return [...document.querySelectorAll('main a[href]')].find(a =>"
            + " a.getClientRects().length === 1 && a.getAttribute('href') in previews);");
    new Actions(browser).moveToElement(oneLine).perform();
    assertTrue(tip.isDisplayed(), "hovering shows the preview");
    assertEquals("link-preview", oneLine.getDomAttribute("aria-describedby"));
    // The pointer crosses onto the preview to read it, and it stays.
    new Actions(browser).moveToElement(tip).pause(Duration.ofMillis(600)).perform();
    assertTrue(tip.isDisplayed(), "the preview stays while the pointer is over it");
    new Actions(browser).moveToElement(browser.findElement(By.tagName("h1"))).perform();
    new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> !tip.isDisplayed());
    assertEquals(null, oneLine.getDomAttribute("aria-describedby"), "leaving both hides it");

    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .toList();
    assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList());
  }

  /**
   * A quote inside an attributed quote keeps its rule, as someone else's words, and a note's
   * later paragraphs start lines of their own.
   */
  @Test
  void aQuoteInAQuoteAndANotesLaterParagraphsStandApart() {
    browser.get(demo.site().resolve("quoted/index.html").toUri().toString());
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertEquals("none", js.executeScript("return getComputedStyle(document.querySelector("
        + "'figure.quote > blockquote')).borderInlineStartStyle"));
    assertEquals("solid", js.executeScript("return getComputedStyle(document.querySelector("
        + "'figure.quote blockquote blockquote')).borderInlineStartStyle"));
    assertEquals(List.of("inline", "block"), js.executeScript("return Array.from(document"
        + ".querySelectorAll('.footnotes li > p'), p => getComputedStyle(p).display)"));
  }

  /**
   * The links back to the explainers that link here, under "Referenced in" and in
   * "Explainers that link here", preview them as the cross-links in the text do.
   */
  @Test
  void linksBackToTheExplainersThatLinkHerePreviewThemToo() {
    browser.get(demo.site().resolve("kim-putin/index.html").toUri().toString());
    List<WebElement> back = browser.findElements(
        By.cssSelector(".referenced-in li > a, #backlinks li > a"));
    assertTrue(back.size() >= 3, "the demo's main explainer is linked from others");
    WebElement tip = browser.findElement(By.id("link-preview"));
    for (WebElement link : back) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", link);
      assertTrue(tip.isDisplayed(), "a preview for " + link.getDomAttribute("href"));
      assertTrue(tip.getText().contains(link.getText()), tip.getText());
      new Actions(browser).sendKeys(Keys.ESCAPE).perform();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1280, 390})
  void aPreviewStaysOnScreenLinedUpWithItsLink(int width) {
    for (CaseSite site : List.of(demo, arabic)) {
      browser.manage().window().setSize(new Dimension(width, 900));
      browser.get(site.site().resolve("kim-putin/index.html").toUri().toString());
      boolean rightToLeft = site == arabic;
      assertEquals(rightToLeft ? "rtl" : "ltr",
          browser.findElement(By.tagName("html")).getDomAttribute("dir"));
      WebElement tip = browser.findElement(By.id("link-preview"));
      Set<String> previewed = previewed();
      List<WebElement> links = browser.findElements(By.cssSelector("main a[href]")).stream()
          .filter(a -> previewed.contains(a.getDomAttribute("href"))).toList();
      assertFalse(links.isEmpty());
      long viewport = (Long) script("return document.documentElement.clientWidth");
      for (WebElement link : links) {
        script("arguments[0].focus()", link);
        assertTrue(tip.isDisplayed(), link.getDomAttribute("href"));
        Rectangle shown = tip.getRect();
        assertTrue(shown.x >= 8 && shown.x + shown.width <= viewport - 8,
            "on screen: " + shown.x + " to " + (shown.x + shown.width) + " of " + viewport);
        // The tip starts where the link does, unless that would take it off the screen.
        Rectangle at = link.getRect();
        int start = rightToLeft ? at.x + at.width - shown.width : at.x;
        if (start >= 8 && start + shown.width <= viewport - 8) {
          assertEquals(start, shown.x, 1, link.getDomAttribute("href"));
        }
        script("arguments[0].blur()", link);
      }
    }
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ar"})
  void indentsRulesAndTheDatelineStandAtTheStartOfALine(String language) {
    CaseSite site = language.equals("ar") ? arabic : demo;
    browser.get(site.site().resolve("kim-putin/index.html").toUri().toString());
    String start = language.equals("ar") ? "right" : "left";
    String end = language.equals("ar") ? "left" : "right";
    WebElement list = browser.findElement(By.cssSelector(".toc ol"));
    assertEquals("0px", list.getCssValue("padding-" + end));
    assertFalse(list.getCssValue("padding-" + start).equals("0px"));
    WebElement quoted = browser.findElement(By.cssSelector(".referenced-in"));
    assertEquals("0px", quoted.getCssValue("border-" + end + "-width"));
    assertEquals("3px", quoted.getCssValue("border-" + start + "-width"));
    Rectangle dateline = browser.findElement(By.cssSelector(".dateline")).getRect();
    Rectangle answer =
        browser.findElement(By.cssSelector(".short-answer > p:not(.dateline)")).getRect();
    int fromStart = language.equals("ar")
        ? answer.x + answer.width - (dateline.x + dateline.width) : dateline.x - answer.x;
    assertEquals(0, fromStart, 1, "the dateline begins the first line");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ar"})
  void onAPhoneOnlyCodeAndTablesScrollSidewaysAndTheKeyboardScrollsThem(String language) {
    CaseSite site = language.equals("ar") ? arabic : demo;
    browser.manage().window().setSize(new Dimension(390, 900));
    try {
      browser.get(site.site().resolve("wide/index.html").toUri().toString());
      assertEquals(script("return document.documentElement.clientWidth"),
          script("return document.documentElement.scrollWidth"), "the page does not scroll");
      List<WebElement> boxes = browser.findElements(By.cssSelector("main pre, main .table-wrap"));
      assertEquals(2, boxes.size());
      for (WebElement box : boxes) {
        assertTrue((Boolean) script("return arguments[0].scrollWidth > arguments[0].clientWidth",
            box), box.getTagName() + " scrolls in its own box");
        assertEquals("0", box.getDomAttribute("tabindex"), "not every browser focuses it alone");
        script("arguments[0].focus()", box);
        assertEquals(box, browser.switchTo().activeElement(), "the keyboard reaches it");
        box.sendKeys(language.equals("ar") ? Keys.ARROW_LEFT : Keys.ARROW_RIGHT);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(2))
            .until(driver -> ((Number) script("return Math.abs(arguments[0].scrollLeft)", box))
                .doubleValue() > 0);
      }
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  private static Set<String> previewed() {
    return Set.copyOf(((Map<?, ?>) script(
        "return JSON.parse(document.getElementById('link-previews').textContent)"))
        .keySet().stream().map(Object::toString).toList());
  }

  private static Object script(String code, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(code, args);
  }
}
