package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class WordCountTest {

  @Test
  void countsRunsBetweenSpacesThatHoldALetterOrDigit() {
    assertEquals(8, WordCount.words("Kim — Putin's 2023 summit: “a new era”, 한국어 ..."));
  }

  /**
   * For any text, a word is what Java's white space separates and holds at least one letter or
   * digit by Java's own tables: ASCII at every edge of its ranges, and letters, digits and
   * punctuation from further on.
   */
  @RepeatedTest(20)
  void agreesWithJavasCharacterClassesOnAnyText() {
    Random random = new Random();
    String alphabet = " \t\n\u001C\u2003\u00A0@`[{/:09AZaz_-.’éß한٣\uD835\uDC00";
    int[] codePoints = alphabet.codePoints().toArray();
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
      }
      String written = text.toString();
      assertEquals(expected(written), WordCount.words(written), "for \"" + written + "\"");
    }
  }

  private static long expected(String text) {
    StringBuilder spaced = new StringBuilder();
    text.codePoints().forEach(c -> spaced.appendCodePoint(Character.isWhitespace(c) ? ' ' : c));
    return Arrays.stream(spaced.toString().split(" "))
        .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
        .count();
  }
}
