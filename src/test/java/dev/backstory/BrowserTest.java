package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser (headless Chromium from the system's packages, driven through
 * its ChromeDriver): the offline zip unpacked and opened from disk, and the site served by
 * nginx under a sub-path. Searches, follows results and cross-links, and reads the browser's
 * log after every page for errors and failed requests.
 */
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final String PREFIX = "/news/explainers/";

  /** An explainer in Korean with accented Latin words, added to the demo for search. */
  static final String KOREAN = """
      ---
      title: "북한과 러시아는 왜 가까워졌나?"
      dek: "정상회담을 앞둔 두 나라의 계산"
      date: 2023-09-01
      tags: ["North Korea"]
      ---
      두 나라는 오래된 관계를 다시 다지고 있다.

      ## 무엇을 주고받나? {#trade}

      러시아는 포탄을 원하고 북한은 위성 기술을 원한다. A café in Pyongyang served crème brûlée.
      """;

  @TempDir static Path temp;
  static ChromeDriverService service;
  static WebDriver browser;
  static Path offlineHome;
  static NginxServer server;
  static final AtomicInteger CHECKS = new AtomicInteger();

  @BeforeAll
  static void start() throws Exception {
    NginxServer.requireOrSkip(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium and chromium-driver are not installed (.ci/run installs them)");
    int port = NginxServer.isInstalled() ? NginxServer.freePort() : 0;
    CaseSite demo = CaseSite.demo(temp.resolve("project"));
    Files.writeString(demo.root().resolve("content/korea.md"), KOREAN);
    Path siteYaml = demo.root().resolve("content/site.yaml");
    Files.writeString(siteYaml, Files.readString(siteYaml).replaceFirst("(?m)^baseUrl:.*$",
        "baseUrl: \"http://127.0.0.1:" + port + PREFIX + "\""));
    CaseSite.Run run = demo.run();
    assertEquals(0, run.exitCode(), run.err());
    offlineHome = unzip(demo.site().resolve("downloads/backstory-explainers-offline.zip"),
        temp.resolve("unzipped")).resolve("backstory-explainers/index.html");
    if (NginxServer.isInstalled()) {
      server = NginxServer.start(demo.site(), port, PREFIX, temp.resolve("nginx"));
    }

    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectories(temp.resolve("profile")));
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (server != null) {
      server.close();
    }
    System.out.printf("browser checks: %d ran%n", CHECKS.get());
  }

  static Path unzip(Path zip, Path into) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path file = into.resolve(entry.getName()).normalize();
        assertTrue(file.startsWith(into), entry.getName());
        Files.createDirectories(file.getParent());
        Files.write(file, in.readAllBytes());
      }
    }
    return into;
  }

  /** Fails on any error the page logged, failed requests included; counts a check. */
  static void assertNoErrors(String where) {
    List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .toList();
    assertEquals(List.of(), errors, "browser log on " + where);
    CHECKS.incrementAndGet();
  }

  static void open(String url) {
    browser.get(url);
    assertNoErrors(url);
  }

  static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  static String hash() {
    return (String) ((JavascriptExecutor) browser).executeScript("return location.hash");
  }

  /** The fragment names an element on the page, so the browser scrolled to the section. */
  static void assertAtSection(String id) {
    assertEquals("#" + id, hash());
    assertTrue(!browser.findElements(By.id(id)).isEmpty(), "no element #" + id);
    CHECKS.incrementAndGet();
  }

  /** From any page: search in the header, press Enter, follow the first result by keyboard. */
  static void searchAndFollow(String home, String query, String expectedId) {
    open(home);
    WebElement box = browser.findElement(By.id("site-search-q"));
    box.sendKeys(query, Keys.ENTER);
    waiting().until(d -> d.getCurrentUrl().contains("search/index.html?q="));
    assertNoErrors("search page for " + query);
    WebElement first = waiting().until(d -> d.findElements(By.cssSelector(
        "#search-results li a")).stream().findFirst().orElse(null));
    assertTrue(browser.findElement(By.id("search-status")).getText().contains(query));
    assertTrue(!first.getAttribute("href").isEmpty());
    assertTrue(browser.findElements(By.cssSelector("#search-results mark")).size() > 0,
        "matched words are marked in context");
    CHECKS.incrementAndGet();
    // Keyboard only: from the search field, Tab past the button to the first result.
    WebElement field = browser.findElement(By.id("search-q"));
    field.sendKeys(Keys.TAB);
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    assertEquals(first, browser.switchTo().activeElement(), "first result reached by Tab");
    String target = first.getAttribute("href");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    waiting().until(d -> d.getCurrentUrl().equals(target));
    assertNoErrors(target);
    assertAtSection(expectedId);
  }

  static void followCrossLink(String home) {
    open(home);
    browser.findElement(By.cssSelector("li.summary h3 a[href='kim-putin/index.html']")).click();
    waiting().until(d -> d.getCurrentUrl().contains("kim-putin/index.html"));
    assertNoErrors("kim-putin");
    WebElement crossLink = browser.findElement(By.cssSelector(
        "section.question a[href='../shoigu-visit/index.html#weapons-show']"));
    // By keyboard: focus the link and press Enter (the theme scrolls smoothly, so a mouse
    // click could land while the page is still moving).
    crossLink.sendKeys(Keys.ENTER);
    waiting().until(d -> d.getCurrentUrl().endsWith("shoigu-visit/index.html#weapons-show"));
    assertNoErrors("shoigu-visit");
    assertAtSection("weapons-show");
  }

  static void searchFindsKoreanAndFoldsAccents(String home) {
    String searchPage = home.replace("index.html", "") + "search/index.html";
    for (String[] query : new String[][] {
        {"정상회", "short-answer"}, {"위성 기술", "trade"}, {"cafe creme brulee", "trade"}}) {
      open(searchPage + "?q=" + java.net.URLEncoder.encode(query[0],
          java.nio.charset.StandardCharsets.UTF_8));
      WebElement first = waiting().until(d -> d.findElements(By.cssSelector(
          "#search-results li a")).stream().findFirst().orElse(null));
      assertTrue(first.getAttribute("href").endsWith("korea/index.html#" + query[1]),
          query[0] + " found " + first.getAttribute("href"));
      CHECKS.incrementAndGet();
    }
    open(searchPage + "?q=zzzqqq");
    waiting().until(d -> d.findElement(By.id("search-status")).getText().startsWith("No results"));
    CHECKS.incrementAndGet();
  }

  /**
   * A query matches where words start: "US" finds the US officials, not "obvious" or
   * "customer", and only those places are marked.
   */
  static void searchMatchesWhereWordsStart(String home) {
    open(home.replace("index.html", "") + "search/index.html?q=US");
    WebElement first = waiting().until(d -> d.findElements(By.cssSelector(
        "#search-results li")).stream().findFirst().orElse(null));
    assertEquals("US", first.findElement(By.cssSelector("mark")).getText(),
        "the first result shows where it names the US");
    List<WebElement> marks = browser.findElements(By.cssSelector("#search-results mark"));
    assertTrue(!marks.isEmpty());
    for (WebElement mark : marks) {
      String before = (String) ((JavascriptExecutor) browser).executeScript("var t = "
          + "arguments[0].previousSibling; return t ? t.textContent.slice(-1) : '';", mark);
      assertTrue(before.isEmpty() || !Character.isLetterOrDigit(before.charAt(0)),
          "marked inside a word, after \"" + before + "\"");
    }
    CHECKS.incrementAndGet();
  }

  /**
   * A query typed on the search page itself is in the address by the time a result is
   * followed, so Back shows the same results; sections that hold the word rank above those
   * of an explainer whose title or dek alone has it.
   */
  static void searchTypedOnItsPageSurvivesBack(String home) {
    open(home.replace("index.html", "") + "search/index.html");
    browser.findElement(By.id("search-q")).sendKeys("Vladivostok");
    waiting().until(d -> d.getCurrentUrl().endsWith("search/index.html?q=Vladivostok"));
    List<Boolean> holdsTheWord = waiting().until(d -> {
      List<WebElement> results = d.findElements(By.cssSelector("#search-results li"));
      return results.isEmpty() ? null : results.stream()
          .map(result -> !result.findElements(By.cssSelector(
              ".search-result-question mark, .search-result-context mark")).isEmpty())
          .toList();
    });
    assertTrue(holdsTheWord.contains(false), "some results match by the title alone");
    assertEquals(holdsTheWord.stream().sorted(Comparator.reverseOrder()).toList(), holdsTheWord,
        "sections with the word come first");
    String first = browser.findElement(By.cssSelector("#search-results li a"))
        .getAttribute("href");
    browser.findElement(By.cssSelector("#search-results li a")).sendKeys(Keys.ENTER);
    waiting().until(d -> d.getCurrentUrl().equals(first));
    browser.navigate().back();
    waiting().until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
    assertEquals("Vladivostok", browser.findElement(By.id("search-q")).getAttribute("value"));
    assertNoErrors("search page after Back");
  }

  /** An explainer's old address, with an old question id, lands on that question. */
  static void oldAddressLandsOnTheQuestion(String home) {
    String old = home.replace("index.html", "") + "russia-un-veto/index.html#protecting-pyongyang";
    browser.get(old);
    waiting().until(d -> d.getCurrentUrl().endsWith("un-vetoes/index.html#protecting-pyongyang"));
    assertNoErrors(old);
    assertAtSection("protecting-pyongyang");
  }

  @Test
  void offlineBundleOpenedFromDiskSearchesAndFollowsLinks() {
    String home = offlineHome.toUri().toString();
    assertTrue(home.startsWith("file:/"));
    searchAndFollow(home, "submarines", "nuclear-submarines");
    followCrossLink(home);
    searchFindsKoreanAndFoldsAccents(home);
    searchMatchesWhereWordsStart(home);
    searchTypedOnItsPageSurvivesBack(home);
    oldAddressLandsOnTheQuestion(home);
    open(offlineHome.resolveSibling("topics/north-korea/index.html").toUri().toString());
  }

  /**
   * Every page's title stands clear of the site header, as the home page's does; the sections
   * after an explainer's questions each open under a rule, and its related explainers are
   * listed alike, the first no bigger than the rest.
   */
  @Test
  void titlesStandClearOfTheHeaderAndEndSectionsOpenUnderARule() {
    Path root = offlineHome.getParent();
    JavascriptExecutor js = (JavascriptExecutor) browser;
    for (String page : List.of("index.html", "people/index.html", "timeline/index.html",
        "search/index.html", "questions/index.html", "kim-putin/index.html")) {
      open(root.resolve(page).toUri().toString());
      double gap = ((Number) js.executeScript("return document.querySelector('h1')"
          + ".getBoundingClientRect().top - document.querySelector('.site-header')"
          + ".getBoundingClientRect().bottom")).doubleValue();
      assertTrue(gap >= 24, page + ": the title is " + gap + " px under the header");
    }
    for (String id : List.of("timeline", "related", "backlinks", "sources")) {
      assertEquals("solid", js.executeScript("return getComputedStyle(document"
          + ".getElementById(arguments[0])).borderTopStyle", id), "#" + id);
    }
    assertEquals(1L, js.executeScript("return new Set(Array.from(document.querySelectorAll("
        + "'#related .summary h3'), h => getComputedStyle(h).fontSize)).size"));
    CHECKS.incrementAndGet();
  }

  /**
   * A site whose search index is more than one part: a query that matches the newest
   * explainer, in the first part, and the oldest, in the last, finds both once every part has
   * loaded from disk.
   */
  @Test
  void aSearchIndexInPartsIsSearchedWhole() throws IOException {
    CaseSite big = CaseSite.of("""
        -- content/needle.md --
        ---
        title: "Where is the needle?"
        date: 1990-01-01
        ---
        In the haystack, next to a zebrafinch.
        -- content/newest.md --
        ---
        title: "What is new?"
        date: 2026-01-01
        ---
        A zebrafinch, twice: zebrafinch.
        """, temp.resolve("big"));
    new dev.backstory.bench.CorpusGenerator(3).write(big.root().resolve("content"), 250);
    CaseSite.Run run = big.run();
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(big.site().resolve("search/search-index-2.js")),
        "250 explainers make an index of more than one part");

    open(big.site().resolve("search/index.html").toUri() + "?q=zebrafinch");
    waiting().until(d -> d.findElement(By.id("search-status")).getText()
        .equals("2 results for \u201czebrafinch\u201d"));
    List<String> found = browser.findElements(By.cssSelector("#search-results li h2 a")).stream()
        .map(link -> link.getAttribute("href").replaceAll(".*/([^/]+/index.html#.*)", "$1"))
        .toList();
    assertEquals(List.of("newest/index.html#short-answer", "needle/index.html#short-answer"),
        found, "the match found twice first");
    assertNull(browser.findElement(By.id("search-status")).getAttribute("aria-busy"),
        "the status is no longer busy once every part is in");
    assertNoErrors("a search of every part");
  }

  @Test
  void hostedSiteUnderASubPathSearchesAndFollowsLinks() {
    NginxServer.requireOrSkip(server != null, "nginx is not installed (.ci/run installs it)");
    String home = server.url() + "index.html";
    searchAndFollow(server.url(), "submarines", "nuclear-submarines");
    followCrossLink(home);
    searchFindsKoreanAndFoldsAccents(home);
    searchTypedOnItsPageSurvivesBack(home);
    oldAddressLandsOnTheQuestion(home);
  }
}
