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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A layout that goes round without end and writes nothing, which {@link PageText}'s length
 * limit never stops, is stopped when its page runs out of time, and leaves the thread as it
 * found it for the next page.
 */
class PageTimeLimitTest {

  private static final Duration LIMIT = Duration.ofMillis(300);

  @TempDir Path templates;

  @ParameterizedTest
  @ValueSource(strings = {
      "<#list 1.. as i></#list>",
      "<#list 1.. as i><#if false>x</#if></#list>",
      "<#list 1..>\n<#items as i><#assign last = i></#items></#list>",
      "<#list 1..1000000000 as i><#list 1..1000000000 as j></#list></#list>",
      // Twice the calls at every level, 2^60 in all, and never deep enough to run the stack out.
      "<#macro both n><#if n gt 0><@both n - 1/><@both n - 1/></#if></#macro><@both 60/>",
      "<#function f n><#if n lt 1><#return 0></#if><#return f(n - 1) + f(n - 1)></#function>"
          + "${f(60)}"})
  void aLayoutThatNeverFinishesIsStoppedAndNamed(String layout) throws IOException {
    write("explainer.ftlh", "<html>\n" + layout + "\n</html>\n");
    long started = System.nanoTime();
    Optional<TemplateEngine.Problem> problem = engine().render("explainer.ftlh", Map.of(),
        new PageText());
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(problem.isPresent(), "the page is stopped");
    assertTrue(problem.get().outOfTime());
    assertEquals("templates/explainer.ftlh:1:1: error: template: the page was still rendering "
        + "after 300 milliseconds and was stopped: a #list, macro or function in this template, "
        + "or one it uses, goes round without end", problem.get().diagnostic().toString());
    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "stopped soon after the limit: " + took);
    assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is cleared");
  }

  @Test
  void aLoopInAnIncludedTemplateIsStoppedToo() throws IOException {
    write("partials/footer.ftlh", "<#list 1.. as i></#list>");
    write("explainer.ftlh", "<html>\n<#include \"partials/footer.ftlh\">\n</html>\n");
    Optional<TemplateEngine.Problem> problem = engine().render("explainer.ftlh", Map.of(),
        new PageText());
    assertTrue(problem.isPresent() && problem.get().outOfTime());
    assertEquals("templates/explainer.ftlh", problem.get().diagnostic().position().file());
  }

  @Test
  void theThreadRendersItsNextPageAsIfNothingHadHappened() throws Exception {
    write("endless.ftlh", "<#list 1.. as i></#list>");
    write("home.ftlh", "<#list 1..3 as i>${i}</#list>");
    TemplateEngine engine = engine();
    assertTrue(engine.render("endless.ftlh", Map.of(), new PageText()).isPresent());
    PageText home = new PageText();
    assertEquals(Optional.empty(), engine.render("home.ftlh", Map.of(), home));
    assertEquals("123", new String(home.utf8(), StandardCharsets.UTF_8));
    // The stopped page's timer fires no more: the thread can wait without being woken.
    Thread.sleep(LIMIT.toMillis() * 2);
  }

  @Test
  void aPageDoneInTimeLeavesNoTimerBehind() throws Exception {
    write("home.ftlh", "<#list 1..3 as i>${i}</#list>");
    TemplateEngine engine = engine();
    for (int i = 0; i < 100; i++) {
      assertEquals(Optional.empty(), engine.render("home.ftlh", Map.of(), new PageText()));
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
          () -> engine.render("explainer.ftlh", Map.of(), new PageText()));
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
