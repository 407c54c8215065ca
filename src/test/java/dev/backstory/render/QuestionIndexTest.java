package dev.backstory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.content.ContentLoader;
import dev.backstory.content.LoadedContent;
import dev.backstory.content.LoadedExplainer;
import dev.backstory.diag.Diagnostics;
import dev.backstory.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview renders only the question index pages listing what a save changed when the index
 * keeps its layout; "the same layout" must mean that every question stands on the same page,
 * under the same heading, in both. And the index a preview carries over from the site before a
 * save must show what one made afresh shows.
 */
class QuestionIndexTest {

  private static final int PER_PAGE = 7;
  private static final int EXPLAINERS = 12;

  @Test
  void theSameLayoutMeansEveryQuestionStandsWhereItStood(@TempDir Path dir) throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content);
    Random random = new Random(7);
    int[] questions = new int[EXPLAINERS];
    for (int i = 0; i < EXPLAINERS; i++) {
      questions[i] = 3 + random.nextInt(3);
    }
    write(content, questions, "Common", -1, -1, -1);
    Site beforeSite = load(content, null);
    QuestionIndex before = QuestionIndex.of(beforeSite, PER_PAGE);
    int kept = 0;
    int carriedOver = 0;
    for (int edit = 0; edit < 60; edit++) {
      int[] now = questions.clone();
      String topic = "Common";
      int from = random.nextInt(EXPLAINERS);
      int to = random.nextInt(EXPLAINERS);
      int[] swappedDates = {-1, -1};
      int retitled = -1;
      switch (edit % 6) {
        case 0 -> now[from]++; // a question more: everything after it moves on
        case 1 -> { // one question moved from one explainer to another: as many in all
          now[from]--;
          now[to]++;
        }
        case 2 -> topic = "common"; // the same topic, named otherwise
        case 3 -> swappedDates = new int[] {from, to}; // two explainers change places
        case 4 -> retitled = from; // its questions named otherwise, as many as before
        default -> { } // nothing the index shows
      }
      write(content, now, topic, swappedDates[0], swappedDates[1], retitled);
      // Loaded as a preview's rebuild loads it, keeping the order and topics where it can.
      Site afterSite = load(content, beforeSite);
      QuestionIndex after = QuestionIndex.of(afterSite, PER_PAGE);

      boolean sameLayout = after.sameLayout(before);
      assertEquals(where(before).equals(where(after)), sameLayout, "edit " + edit);
      kept += sameLayout ? 1 : 0;

      QuestionIndex carried = QuestionIndex.of(afterSite, PER_PAGE, before);
      assertEquals(placement(after), placement(carried), "edit " + edit);
      if (carried.sharesLayoutWith(before)) {
        assertTrue(sameLayout, "edit " + edit);
        carriedOver++;
      }
    }
    assertTrue(kept >= 10 && kept <= 40, "both answers are tried: kept " + kept);
    assertTrue(carriedOver >= 10, "the layout is carried over: " + carriedOver + " times");
  }

  /** Each page's headings and, for each question it lists, whose it is. */
  private static List<List<String>> where(QuestionIndex index) {
    return lines(index, entry -> entry.explainer().slug());
  }

  /** Each page's headings and, for each question it lists, whose it is and its title. */
  private static List<List<String>> placement(QuestionIndex index) {
    return lines(index, entry -> entry.explainer().slug() + ": " + entry.question().title());
  }

  private static List<List<String>> lines(QuestionIndex index,
      Function<QuestionIndex.Entry, String> line) {
    List<List<String>> pages = new ArrayList<>();
    for (int page = 1; page <= index.pages(); page++) {
      List<String> lines = new ArrayList<>();
      for (QuestionIndex.Slice slice : index.page(page)) {
        lines.add(slice.group().name() + " #" + slice.group().anchor()
            + (slice.continued() ? " (continued)" : ""));
        slice.entries().forEach(entry -> lines.add(line.apply(entry)));
      }
      pages.add(lines);
    }
    return pages;
  }

  /**
   * Writes the explainers, newest last, except that {@code a} and {@code b} swap dates; the
   * questions of {@code retitled} get other titles.
   */
  private static void write(Path content, int[] questions, String topic, int a, int b,
      int retitled) throws IOException {
    for (int i = 0; i < questions.length; i++) {
      int day = i == a ? b : i == b ? a : i;
      StringBuilder text = new StringBuilder("""
          ---
          title: "Question %d?"
          date: 2024-01-%02d
          tags: ["%s"]
          ---
          Answer.
          """.formatted(i, day + 1, topic));
      for (int q = 0; q < questions[i]; q++) {
        text.append("\n## %s %d? {#part-%d}\n\nText.\n".formatted(
            i == retitled ? "Retitled part" : "Part", q, q));
      }
      Files.writeString(content.resolve("e" + i + ".md"), text);
    }
  }

  private static Site load(Path content, Site before) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    LoadedContent loaded = new ContentLoader(content, "content").load(diagnostics).orElseThrow();
    return Site.of(loaded.config(),
        loaded.explainers().stream().map(LoadedExplainer::explainer).toList(), Map.of(), before);
  }
}
