package dev.backstory.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** "Did you mean" offers the name a typo most likely came from. */
class SuggestionsTest {

  @Test
  void twoLettersSwappedAreOneSlip() {
    // Listed first, `site` is as far from `titel` as `title` when a swap counts as two edits.
    assertEquals(Optional.of("title"), Suggestions.closest("titel", List.of("site", "page",
        "href", "title")));
    assertEquals(Optional.of("timeline.ftlh"),
        Suggestions.closest("tiemline.ftlh", List.of("people.ftlh", "timeline.ftlh")));
    assertEquals(1, Suggestions.distance("ab", "ba"));
  }

  @Test
  void aLetterInTheOtherCaseIsNoEdit() {
    assertEquals(Optional.of("b.md"), Suggestions.closest("B.md", List.of("a.md", "b.md")));
    assertEquals(0, Suggestions.distance("Explainer.ftlh", "explainer.ftlh"));
  }

  @Test
  void nothingIsOfferedForANameFarFromEvery() {
    assertEquals(Optional.empty(), Suggestions.closest("layout", List.of("site", "page")));
  }

  /** The distance is a distance: none to itself, the same both ways, never past the longer. */
  @Test
  void theDistanceIsSymmetricAndBounded() {
    Random random = new Random(11);
    for (int round = 0; round < 2_000; round++) {
      String a = word(random);
      String b = word(random);
      assertEquals(0, Suggestions.distance(a, a));
      assertEquals(Suggestions.distance(a, b), Suggestions.distance(b, a), a + " " + b);
      assertEquals(true, Suggestions.distance(a, b) <= Math.max(a.length(), b.length()),
          a + " " + b);
    }
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    for (int i = random.nextInt(7); i > 0; i--) {
      word.append("abAB".charAt(random.nextInt(4)));
    }
    return word.toString();
  }
}
