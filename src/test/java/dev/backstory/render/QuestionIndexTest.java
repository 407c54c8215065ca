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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview renders only the question index pages listing what a save changed when the index
 * keeps its layout; "the same layout" must mean that every question stands on the same page,
 * under the same heading, in both.
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
    write(content, questions, "Common", -1, -1);
    QuestionIndex before = QuestionIndex.of(load(content), PER_PAGE);
    int kept = 0;
    for (int edit = 0; edit < 50; edit++) {
      int[] now = questions.clone();
      String topic = "Common";
      int from = random.nextInt(EXPLAINERS);
      int to = random.nextInt(EXPLAINERS);
      int[] swappedDates = {-1, -1};
      switch (edit % 5) {
        case 0 -> now[from]++; // a question more: everything after it moves on
        case 1 -> { // one question moved from one explainer to another: as many in all
          now[from]--;
          now[to]++;
        }
        case 2 -> topic = "common"; // the same topic, named otherwise
        case 3 -> swappedDates = new int[] {from, to}; // two explainers change places
        default -> { } // nothing the layout depends on
      }
      write(content, now, topic, swappedDates[0], swappedDates[1]);
      QuestionIndex after = QuestionIndex.of(load(content), PER_PAGE);

      boolean sameLayout = after.sameLayout(before);
      assertEquals(placement(before).equals(placement(after)), sameLayout, "edit " + edit);
      kept += sameLayout ? 1 : 0;
    }
    assertTrue(kept >= 10 && kept <= 40, "both answers are tried: kept " + kept);
  }

  /** Each page's headings and, for each question it lists, whose it is. */
  private static List<List<String>> placement(QuestionIndex index) {
    List<List<String>> pages = new ArrayList<>();
    for (int page = 1; page <= index.pages(); page++) {
      List<String> lines = new ArrayList<>();
      for (QuestionIndex.Slice slice : index.page(page)) {
        lines.add(slice.group().name() + " #" + slice.group().anchor()
            + (slice.continued() ? " (continued)" : ""));
        slice.entries().forEach(entry -> lines.add(entry.explainer().slug()));
      }
      pages.add(lines);
    }
    return pages;
  }

  /** Writes the explainers, newest last, except that {@code a} and {@code b} swap dates. */
  private static void write(Path content, int[] questions, String topic, int a, int b)
      throws IOException {
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
        text.append("\n## Part %d? {#part-%d}\n\nText.\n".formatted(q, q));
      }
      Files.writeString(content.resolve("e" + i + ".md"), text);
    }
  }

  private static Site load(Path content) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    LoadedContent loaded = new ContentLoader(content, "content").load(diagnostics).orElseThrow();
    return Site.of(loaded.config(),
        loaded.explainers().stream().map(LoadedExplainer::explainer).toList());
  }
}
