package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The demo site in a real headless Chromium, checked with axe-core on every kind of page in
 * the light and the dark theme: no serious or critical violation, and none at all for
 * headings, landmarks, alt text and contrast. Keyboard focus is checked by pressing Tab.
 *
 * <p>On a developer machine without Chromium, its driver or axe-core the test is skipped;
 * {@code -Dbackstory.requireBrowser=true} (set by CI) turns the skip into a failure.
 */
class AccessibilityTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path AXE = Path.of(System.getProperty("backstory.axe",
      "target/axe/node_modules/axe-core/axe.min.js"));

  /** Rules that must pass outright, whatever impact axe gives them. */
  private static final Set<String> STRICT = Set.of("heading-order", "page-has-heading-one",
      "landmark-one-main", "landmark-unique", "region", "image-alt", "color-contrast",
      "link-name", "document-title", "html-has-lang");

  @TempDir static Path temp;
  static CaseSite demo;
  static ChromeDriver browser;
  static String axe;

  @BeforeAll
  static void start() throws IOException {
    List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER, AXE)
        .filter(p -> !Files.isRegularFile(p)).map(Path::toString).toList();
    if (!missing.isEmpty()) {
      String why = "browser test needs " + String.join(", ", missing)
          + " (CI installs them: see .ci/run)";
      if (Boolean.getBoolean("backstory.requireBrowser")) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    axe = Files.readString(AXE);
    demo = CaseSite.demo(temp);
    CaseSite.Run run = demo.run();
    assertEquals(0, run.exitCode(), run.err());

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** One page of each kind the site has. */
  static List<Path> pageOfEachKind() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(demo.site().resolve("index.html"));
    pages.add(demo.site().resolve("kim-putin/index.html"));
    try (Stream<Path> topics = Files.list(demo.site().resolve("topics"))) {
      pages.add(topics.sorted().findFirst().orElseThrow().resolve("index.html"));
    }
    for (String optional : List.of("people", "people/sydney-seiler", "timeline", "questions",
        "russia-un-veto", "search", "page/2")) {
      Path index = demo.site().resolve(optional).resolve("index.html");
      if (Files.isRegularFile(index)) {
        pages.add(index);
      }
    }
    return pages;
  }

  private static void colourScheme(String scheme) {
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  @SuppressWarnings("unchecked")
  private static List<String> violations(Path page, String scheme) {
    browser.get(page.toUri().toString());
    browser.executeScript(axe);
    Object result = browser.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
          .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '',
              help: v.help, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
          .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
        """);
    List<String> found = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result) {
      String impact = (String) v.get("impact");
      if (impact.equals("serious") || impact.equals("critical") || STRICT.contains(v.get("id"))) {
        found.add(demo.site().relativize(page) + " (" + scheme + "): " + v.get("id") + " ["
            + impact + "] " + v.get("help") + " at " + v.get("targets"));
      }
    }
    return found;
  }

  @Test
  void noSeriousViolationsInTheLightOrDarkTheme() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> pages = pageOfEachKind();
    for (String scheme : List.of("light", "dark")) {
      colourScheme(scheme);
      for (Path page : pages) {
        found.addAll(violations(page, scheme));
      }
    }
    System.out.printf("axe-core: %d page kinds x 2 themes, %d serious accessibility violations%n",
        pages.size(), found.size());
    assertEquals(List.of(), found);
  }

  @Test
  void darkThemeEmulationReallyChangesTheColours() {
    colourScheme("light");
    browser.get(demo.site().resolve("index.html").toUri().toString());
    Object light = browser.executeScript("return getComputedStyle(document.body).backgroundColor");
    colourScheme("dark");
    browser.get(demo.site().resolve("index.html").toUri().toString());
    Object dark = browser.executeScript("return getComputedStyle(document.body).backgroundColor");
    colourScheme("light");
    assertTrue(!light.equals(dark), "light " + light + " and dark " + dark + " backgrounds");
  }

  @Test
  void axeFindsAViolationInABrokenPage() throws IOException {
    Path bad = temp.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html><head><title>x</title></head><body>"
        + "<img src=\"a.png\"><p style=\"color:#eee;background:#fff\">faint</p></body></html>");
    List<String> found = violations(bad, "light");
    assertTrue(found.stream().anyMatch(v -> v.contains("image-alt")), found.toString());
    assertTrue(found.stream().anyMatch(v -> v.contains("color-contrast")), found.toString());
  }

  @Test
  void everyElementReachedByTabShowsItsFocus() throws IOException {
    List<String> invisible = new ArrayList<>();
    for (String scheme : List.of("light", "dark")) {
      colourScheme(scheme);
      for (Path page : pageOfEachKind()) {
        browser.get(page.toUri().toString());
        for (int i = 0; i < 12; i++) {
          new Actions(browser).sendKeys(Keys.TAB).perform();
          Object focus = browser.executeScript("""
              const el = document.activeElement;
              if (!el || el === document.body) return null;
              const s = getComputedStyle(el);
              const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
              const shadow = s.boxShadow && s.boxShadow !== 'none';
              return (ring || shadow) ? '' : el.outerHTML.slice(0, 120);
              """);
          if (focus != null && !focus.toString().isEmpty()) {
            invisible.add(demo.site().relativize(page) + " (" + scheme + "): " + focus);
          }
        }
      }
    }
    colourScheme("light");
    assertEquals(List.of(), invisible, "focused without a visible outline");
  }

}
