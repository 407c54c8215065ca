package dev.backstory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void keepsWordsApartAtBlockEndsAndTogetherAcrossInlineTags() {
    assertEquals("First para. Second & “third” item 한국어",
        HtmlText.of("<p>First <em>para</em>.</p><p>Sec<strong>ond</strong> &amp; "
            + "&ldquo;third&rdquo;</p><ul><li>item</li><li>한국어</li></ul>"));
  }

  @Test
  void leavesOutFootnoteMarksAndScripts() {
    assertEquals("Claim. Next",
        HtmlText.of("<p>Claim.<sup id=\"fnref-1\"><a href=\"#fn-1\">1</a></sup></p>"
            + "<script>var x = 1;</script><p>Next</p>"));
    assertEquals("Kept strong and spanned",
        HtmlText.of("<p>Kept <strong>strong</strong> <STYLE>p { x: y }</STYLE>and "
            + "<span>spanned</span></p><SCRIPT type=\"a\">b()</SCRIPT>"));
  }

  /**
   * For any text: the words are kept in order, each run of white space between them becomes
   * one plain space, and none is left at either end.
   */
  @RepeatedTest(20)
  void joinsWordsWithSingleSpacesWhateverTheWhiteSpace() {
    Random random = new Random();
    // ASCII white space and its edges (U+001C-U+001F are white space to Java, U+0085 is not),
    // and wider white space (U+2003, U+3000) beside a no-break space, which is not.
    String alphabet = " \t\n\r\u000B\f\u001C\u001F\u0085\u2003\u00A0\u3000ab.";
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(16); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String collapsed = HtmlText.of(text.toString());
      String shown = "for \"" + text + "\"";
      assertEquals(withoutWhiteSpace(text), withoutWhiteSpace(collapsed), shown);
      assertFalse(collapsed.startsWith(" ") || collapsed.endsWith(" "), shown);
      assertFalse(collapsed.contains("  "), shown);
      assertFalse(collapsed.chars().anyMatch(c -> c != ' ' && Character.isWhitespace(c)), shown);
    }
  }

  private static String withoutWhiteSpace(CharSequence text) {
    StringBuilder kept = new StringBuilder();
    text.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> kept.append((char) c));
    return kept.toString();
  }
}
