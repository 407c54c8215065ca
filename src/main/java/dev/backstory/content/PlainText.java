package dev.backstory.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.regex.Pattern;

/**
 * The text a reader sees in a piece of Markdown, without markup: for headings in lists, quote
 * attributions and search. Curly quotes and dashes from the typographic extension are kept;
 * {@code {#id}} attributes, raw HTML tags and footnote references are not.
 */
final class PlainText {

  private static final Pattern SPACES = Pattern.compile("\\s{2,}");

  private PlainText() {}

  static String of(Node node) {
    StringBuilder text = new StringBuilder();
    append(node, text, false);
    return text.toString();
  }

  /**
   * A heading's text as a title, without the words it strikes through: "Why ~~not~~ now?"
   * shows as struck on the page, and would say the opposite in a list of questions.
   */
  static String title(Node heading) {
    StringBuilder text = new StringBuilder();
    append(heading, text, true);
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  private static void append(Node node, StringBuilder out, boolean struckOut) {
    if (struckOut && node instanceof Strikethrough) {
      return;
    } else if (node instanceof Text) {
      appendUnescaped(node.getChars(), out);
    } else if (node instanceof WikiNode wiki) {
      // Without a label the reader sees the target's title, known only once links resolve;
      // until then the reference stands for itself.
      out.append(wiki.getTextSeparatorMarker().isEmpty() ? "[[" + wiki.getLink() + "]]" : wiki.getText());
    } else if (node instanceof Code code) {
      out.append(code.getText());
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      out.append(' ');
    } else if (node instanceof HtmlEntity) {
      out.append(Escaping.unescapeHtml(node.getChars()));
    } else if (node instanceof TypographicSmarts smarts) {
      out.append(Escaping.unescapeHtml(smarts.getTypographicText()));
    } else if (node instanceof TypographicQuotes quotes) {
      out.append(Escaping.unescapeHtml(quotes.getTypographicOpening()));
      appendChildren(node, out, struckOut);
      out.append(Escaping.unescapeHtml(quotes.getTypographicClosing()));
    } else if (!(node instanceof AttributesNode) && !(node instanceof HtmlInline)
        && !(node instanceof Footnote)) {
      // A footnote reference shows as a raised number, not as words of the sentence.
      appendChildren(node, out, struckOut);
    }
  }

  /** Most text has no backslash escape or entity; it skips the unescaper, a hot spot of builds. */
  private static void appendUnescaped(BasedSequence chars, StringBuilder out) {
    String text = SourceSlice.of(chars);
    if (text.indexOf('\\') < 0 && text.indexOf('&') < 0) {
      out.append(text);
    } else {
      out.append(Escaping.unescapeString(text));
    }
  }

  private static void appendChildren(Node node, StringBuilder out, boolean struckOut) {
    for (Node child : node.getChildren()) {
      append(child, out, struckOut);
    }
  }
}
