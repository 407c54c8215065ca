package dev.backstory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
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

  /**
   * For any HTML of tags, character references and text: the same text as the plain way of
   * getting it, which drops the tags, then decodes the references the way Markdown's renderer
   * does, then collapses the white space, each step a pass of its own.
   */
  @RepeatedTest(20)
  void readsWhatDroppingTagsThenDecodingThenCollapsingReads() {
    Random random = new Random();
    List<String> pieces = List.of("<p>", "</p>", "<em>", "</em>", "<BR/>", "<li class=\"x\">",
        "<h2 id=\"a\">", "<a href=\"#q\">", "</a>", "<sup>1</sup>", "<script>x()</script>",
        "<", ">", "&", "#", "x", "X", "amp", "9", "&amp;", "&lt;p&gt;", "&quot;", "&#39;",
        "&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;", "&hellip;", "&ndash;", "&mdash;",
        "&RightArrow;", "&AMP;", "&nbsp;", "&#10;", "&#32;", "&#x1F600;", "&#X41;", "&#0;",
        "&#xFFFFFFFF;", "&#123456789;", "&bogus;", "&a;", "&" + "b".repeat(32) + ";",
        "&#x;", "&#x\uFF11;", "&#\uFF11;", "word", "한국어", " ", "  ", "\n", "\t", "\u00A0",
        "\u3000", ".");
    for (int round = 0; round < 2_000; round++) {
      StringBuilder html = new StringBuilder();
      for (int i = random.nextInt(24); i > 0; i--) {
        html.append(pieces.get(random.nextInt(pieces.size())));
      }
      assertEquals(readThePlainWay(html.toString()), HtmlText.of(html.toString()),
          "for \"" + html + "\"");
    }
  }

  private static String readThePlainWay(String html) {
    String kept = html.replaceAll("(?is)<(script|style|sup)\\b.*?</\\1\\s*>", " ");
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < kept.length()) {
      int open = kept.indexOf('<', i);
      int close = open < 0 ? -1 : kept.indexOf('>', open);
      if (close < 0) {
        text.append(kept, i, kept.length());
        break;
      }
      text.append(kept, i, open);
      String tag = kept.substring(open + 1, close).replaceFirst("^/", "")
          .replaceFirst("[^\\p{L}\\p{Nd}].*", "").toLowerCase(Locale.ROOT);
      if (Set.of("p", "li", "h2", "br").contains(tag)) {
        text.append(' ');
      }
      i = close + 1;
    }
    StringBuilder words = new StringBuilder();
    boolean apart = false;
    for (char c : Escaping.unescapeHtml(text).toCharArray()) {
      if (Character.isWhitespace(c)) {
        apart = true;
      } else {
        words.append(apart && words.length() > 0 ? " " : "").append(c);
        apart = false;
      }
    }
    return words.toString();
  }

  private static String withoutWhiteSpace(CharSequence text) {
    StringBuilder kept = new StringBuilder();
    text.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> kept.append((char) c));
    return kept.toString();
  }
}
