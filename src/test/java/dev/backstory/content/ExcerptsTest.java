package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ExcerptsTest {

  @Test
  void findsTheSentenceHoldingAnIndexAcrossLineBreaks() {
    String text = "Moscow needs shells.\nPyongyang needs\tcash and food! Both gain?  Yes.";
    assertEquals("Pyongyang needs cash and food!", Excerpts.sentenceAround(text, 25));
    assertEquals("Moscow needs shells.", Excerpts.sentenceAround(text, 0));
    assertEquals("Yes.", Excerpts.sentenceAround(text, text.length() - 1));
  }

  /**
   * For any text and index, the sentence is the one found in a copy of the text with each white
   * space character made a space: sentences end at white space of any kind.
   */
  @Test
  void readsAsACopyWithEveryWhiteSpaceCharacterASpace() {
    Random random = new Random(11);
    String[] pieces = {"word", "a", "ü", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f",
        "\u2003", "\u00A0", ".", "?", "!", ". ", "?\n", "!\t", ".\u2003", "..", "3.5"};
    for (int round = 0; round < 40_000; round++) {
      String written = RandomText.of(random, pieces, random.nextInt(16));
      int index = random.nextInt(written.length() + 1);
      assertEquals(sentenceOfFlatCopy(written, index), Excerpts.sentenceAround(written, index),
          () -> "at " + index + " of \"" + written.replace("\n", "\\n") + "\"");
    }
  }

  /** How the sentence was found before: on a copy, then split where a space follows. */
  private static String sentenceOfFlatCopy(String text, int index) {
    StringBuilder flat = new StringBuilder(text);
    for (int i = 0; i < flat.length(); i++) {
      if (" \t\n\u000B\f\r".indexOf(flat.charAt(i)) >= 0) {
        flat.setCharAt(i, ' ');
      }
    }
    int start = 0;
    while (true) {
      int end = flat.length();
      for (int i = start; i < flat.length() - 1; i++) {
        char c = flat.charAt(i);
        if ((c == '.' || c == '?' || c == '!') && flat.charAt(i + 1) == ' ' && i > start) {
          end = i + 1;
          break;
        }
      }
      if (end > index || end >= flat.length()) {
        return flat.substring(start, end).strip().replaceAll(" +", " ");
      }
      start = end;
    }
  }
}
