package dev.backstory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A layout that goes round without end and writes nothing, which {@link PageText}'s length
 * limit never stops, is stopped when its page runs out of time, and leaves the thread as it
 * found it for the next page.
 */
class PageTimeLimitTest {

  private static final Duration LIMIT = Duration.ofMillis(300);

  @TempDir Path templates;

  /**
   * Each layout, on the line after {@code <html>}, with where it is told: the innermost #list
   * or #items around the place the template was stopped at, or, with no loop, somewhere on the
   * macro's or function's line, which one it was in when stopped being a matter of timing.
   * The macro and the function call themselves twice at every level, 2^60 calls in all, and
   * never go deep enough to run the stack out.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      <#list 1.. as i></#list>                                              | 2:1
      <#list 1.. as i><#if false>x</#if></#list>                            | 2:1
      <#list 1..>\\n<#items as i><#assign last = i></#items></#list>          | 3:1
      <#list 1..1000000000 as i><#list 1..1000000000 as j></#list></#list>  | 2:27
      <#macro both n><#if n gt 0><@both n - 1/><@both n - 1/></#if></#macro><@both 60/> | 2:\\d+
      <#function f n><#if n lt 1><#return 0></#if><#return f(n - 1) + f(n - 1)></#function>${f(60)} | 2:\\d+
      """)
  void aLayoutThatNeverFinishesIsStoppedAndNamed(String layout, String where) throws IOException {
    write("explainer.ftlh", "<html>\n" + layout.replace("\\n", "\n") + "\n</html>\n");
    long started = System.nanoTime();
    Optional<TemplateEngine.Problem> problem = engine().render("explainer.ftlh", "a/index.html", Map.of(),
        new PageText());
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(problem.isPresent(), "the page is stopped");
    assertTrue(problem.get().outOfTime());
    String told = problem.get().diagnostic().toString();
    assertTrue(told.matches("templates/explainer\\.ftlh:" + where + ": error: template: the page "
        + "was still rendering after 300 milliseconds and was stopped here, in a #list, macro or "
        + "function that goes round without end"), told);
    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "stopped soon after the limit: " + took);
    assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is cleared");
  }

  @Test
  void aLoopInAnIncludedTemplateIsToldInThatTemplate() throws IOException {
    write("partials/footer.ftlh", "<p>\n  <#list 1.. as i></#list>");
    write("explainer.ftlh", "<html>\n<#include \"partials/footer.ftlh\">\n</html>\n");
    Optional<TemplateEngine.Problem> problem = engine().render("explainer.ftlh", "a/index.html", Map.of(),
        new PageText());
    assertTrue(problem.isPresent() && problem.get().outOfTime());
    assertEquals("templates/partials/footer.ftlh:2:3",
        problem.get().diagnostic().position().toString());
  }

  @Test
  void theThreadRendersItsNextPageAsIfNothingHadHappened() throws Exception {
    write("endless.ftlh", "<#list 1.. as i></#list>");
    write("home.ftlh", "<#list 1..3 as i>${i}</#list>");
    TemplateEngine engine = engine();
    assertTrue(engine.render("endless.ftlh", "a/index.html", Map.of(), new PageText()).isPresent());
    PageText home = new PageText();
    assertEquals(Optional.empty(), engine.render("home.ftlh", "a/index.html", Map.of(), home));
    assertEquals("123", new String(home.utf8(), StandardCharsets.UTF_8));
    // The stopped page's timer fires no more: the thread can wait without being woken.
    Thread.sleep(LIMIT.toMillis() * 2);
  }

  @Test
  void aPageDoneInTimeLeavesNoTimerBehind() throws Exception {
    write("home.ftlh", "<#list 1..3 as i>${i}</#list>");
    TemplateEngine engine = engine();
    for (int i = 0; i < 100; i++) {
      assertEquals(Optional.empty(), engine.render("home.ftlh", "a/index.html", Map.of(), new PageText()));
    }
    Thread.sleep(LIMIT.toMillis() * 2);
    assertFalse(Thread.currentThread().isInterrupted());
  }

  /**
   * The thread's own interrupt, as a preview that is stopping makes, stops the page too, but
   * is not mistaken for the time running out, and is left for whoever made it.
   */
  @Test
  void anInterruptFromElsewhereIsPassedOnNotReportedAsTheTemplates() throws IOException {
    write("explainer.ftlh", "<#list 1..3 as i>${i}</#list>");
    TemplateEngine engine = engine();
    Thread.currentThread().interrupt();
    try {
      assertThrows(InterruptedIOException.class,
          () -> engine.render("explainer.ftlh", "a/index.html", Map.of(), new PageText()));
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  private TemplateEngine engine() throws IOException {
    return new TemplateEngine(templates, "templates", LIMIT);
  }

  private void write(String name, String text) throws IOException {
    Path file = templates.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
