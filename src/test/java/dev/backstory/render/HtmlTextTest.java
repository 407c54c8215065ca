package dev.backstory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  }
}
