package dev.backstory.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text a reader sees in HTML that Backstory rendered, for search and structured data:
 * tags dropped, entities decoded, white space collapsed. Block ends become spaces so words in
 * neighbouring paragraphs do not run together.
 *
 * <p>Every build runs this over every section, so the tags are stripped in one pass over the
 * text rather than by a chain of regular expressions; only the rare elements whose content is
 * dropped as well (scripts, styles, footnote marks) take a regular expression, and only when
 * the HTML may hold one.
 */
final class HtmlText {

  private static final List<String> DROPPED_NAMES = List.of("script", "style", "sup");
  private static final Pattern DROPPED = Pattern.compile(
      "(?is)<(" + String.join("|", DROPPED_NAMES) + ")\\b.*?</\\1\\s*>");
  private static final Set<String> BLOCK_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5",
      "h6", "blockquote", "figure", "figcaption", "div", "br", "tr", "td", "th", "dd", "dt", "ul",
      "ol", "dl", "table", "section", "pre", "hr");

  private HtmlText() {}

  static String of(String html) {
    String kept = mayHoldDropped(html) ? DROPPED.matcher(html).replaceAll(" ") : html;
    String text = withoutTags(kept);
    if (text.indexOf('&') >= 0) {
      text = Escaping.unescapeHtml(text);
    }
    return collapseSpaces(text);
  }

  /**
   * Whether a script, style or footnote mark may start in the HTML. Only a tag that opens one
   * of them counts: {@code <strong>} and {@code <span>}, in most sections, do not.
   */
  private static boolean mayHoldDropped(String html) {
    for (int open = html.indexOf('<'); open >= 0; open = html.indexOf('<', open + 1)) {
      for (String name : DROPPED_NAMES) {
        if (html.regionMatches(true, open + 1, name, 0, name.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Drops every tag; a block tag leaves a space. */
  private static String withoutTags(String html) {
    StringBuilder text = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      int open = html.indexOf('<', i);
      int close = open < 0 ? -1 : html.indexOf('>', open);
      if (close < 0) {
        text.append(html, i, html.length());
        break;
      }
      text.append(html, i, open);
      if (BLOCK_TAGS.contains(tagName(html, open + 1, close))) {
        text.append(' ');
      }
      i = close + 1;
    }
    return text.toString();
  }

  /** The lower-case name of the tag between {@code from} and {@code to}, after any {@code /}. */
  private static String tagName(String html, int from, int to) {
    int start = from < to && html.charAt(from) == '/' ? from + 1 : from;
    int end = start;
    while (end < to && Character.isLetterOrDigit(html.charAt(end))) {
      end++;
    }
    return html.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** Words joined by single spaces; a run of words is copied at once, not char by char. */
  private static String collapseSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !isWhitespace(text.charAt(i))) {
        i++;
      }
      if (start < i) {
        out.append(out.length() > 0 ? " " : "").append(text, start, i);
      }
    }
    return out.toString();
  }

  /** {@link Character#isWhitespace(char)}, answered without a table look-up for ASCII. */
  private static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    return Character.isWhitespace(c);
  }
}
