package dev.backstory.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises an attributed quote: a blockquote whose last paragraph starts with an em dash
 * ({@code —}) or two hyphens, followed by "Speaker, role". Shared by loading (which indexes the
 * quote) and rendering (which turns it into a figure), so both agree on what a quote is.
 */
public record QuoteAttribution(String speaker, String role, Paragraph line) {

  private static final Pattern LEADING_DASHES = Pattern.compile("^[\u2014\u2013\u2012-]+\\s*");

  /** The attribution of a blockquote, if its last paragraph is one. */
  public static Optional<QuoteAttribution> of(BlockQuote quote) {
    Node last = quote.getLastChild();
    if (!(last instanceof Paragraph paragraph) || last == quote.getFirstChild()) {
      return Optional.empty();
    }
    String source = paragraph.getChars().toString().strip();
    if (!source.startsWith("\u2014") && !source.startsWith("--")) {
      return Optional.empty();
    }
    String text = LEADING_DASHES.matcher(PlainText.of(paragraph).strip()).replaceFirst("");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    int comma = firstComma(text);
    String speaker = (comma < 0 ? text : text.substring(0, comma)).strip();
    if (speaker.isEmpty()) {
      // "— , a role": no one to name, and no person's page to make; the line stays as written.
      return Optional.empty();
    }
    String role = comma < 0 ? null : text.substring(comma + 1).strip();
    return Optional.of(new QuoteAttribution(speaker, role == null || role.isEmpty() ? null : role, paragraph));
  }

  /**
   * Whether {@code node} is in a quote's attribution line, which is shown as plain text: raw
   * HTML there never reaches the page, and the attribution's own check tells of it.
   */
  static boolean holds(Node node) {
    Node paragraph = node.getAncestorOfType(Paragraph.class);
    return paragraph != null && paragraph.getParent() instanceof BlockQuote quote
        && of(quote).map(attribution -> attribution.line() == paragraph).orElse(false);
  }

  /**
   * Where the speaker's name ends: at the first comma, in the forms other scripts write it as
   * well (Arabic {@code ،}, the full-width {@code ，} of Chinese and Japanese, {@code 、}).
   */
  private static int firstComma(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (",\u060C\uFF0C\u3001".indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

}
