package dev.backstory.render;

import com.vladsch.flexmark.util.sequence.Html5Entities;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text a reader sees in HTML that Backstory rendered, for search and structured data:
 * tags dropped, entities decoded, white space collapsed. Block ends become spaces so words in
 * neighbouring paragraphs do not run together.
 *
 * <p>Every build runs this over every section, and a preview over the whole site whenever the
 * search index is asked for, so it is one pass over the characters that drops tags, decodes
 * entities and collapses white space as it goes, rather than a chain of copies or regular
 * expressions; only the rare elements whose content is dropped as well (scripts, styles,
 * footnote marks) take a regular expression, and only when the HTML may hold one.
 */
final class HtmlText {

  private static final List<String> DROPPED_NAMES = List.of("script", "style", "sup");
  private static final Pattern DROPPED = Pattern.compile(
      "(?is)<(" + String.join("|", DROPPED_NAMES) + ")\\b.*?</\\1\\s*>");
  private static final Set<String> BLOCK_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5",
      "h6", "blockquote", "figure", "figcaption", "div", "br", "tr", "td", "th", "dd", "dt", "ul",
      "ol", "dl", "table", "section", "pre", "hr");

  /**
   * The character references Backstory's own rendering writes (escaping, typographic quotes and
   * dashes), decoded without the full table's look-up, which parses each one afresh.
   */
  private static final Map<String, String> COMMON = Map.ofEntries(Map.entry("&amp;", "&"),
      Map.entry("&lt;", "<"), Map.entry("&gt;", ">"), Map.entry("&quot;", "\""),
      Map.entry("&#39;", "'"), Map.entry("&ldquo;", "\u201C"), Map.entry("&rdquo;", "\u201D"),
      Map.entry("&lsquo;", "\u2018"), Map.entry("&rsquo;", "\u2019"),
      Map.entry("&hellip;", "\u2026"), Map.entry("&ndash;", "\u2013"),
      Map.entry("&mdash;", "\u2014"));

  private final char[] html;
  /** The text so far; never longer than the HTML it came from. */
  private final char[] text;
  private int length;
  /** Whether white space or a block end came since the last character of a word. */
  private boolean apart;

  private HtmlText(String html) {
    this.html = html.toCharArray();
    this.text = new char[this.html.length];
  }

  static String of(String html) {
    String kept = mayHoldDropped(html) ? DROPPED.matcher(html).replaceAll(" ") : html;
    return new HtmlText(kept).read();
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

  private String read() {
    boolean tagsAhead = true;
    int i = 0;
    while (i < html.length) {
      char c = html[i];
      if (c == '<' && tagsAhead) {
        int close = indexOf('>', i + 1);
        if (close >= 0) {
          apart |= BLOCK_TAGS.contains(tagName(i + 1, close));
          i = close + 1;
          continue;
        }
        tagsAhead = false; // a '<' that no '>' follows is text, and so is every later one
      } else if (c == '&') {
        int end = entityEnd(i);
        if (end > 0) {
          String reference = new String(html, i, end - i);
          String decoded = COMMON.get(reference);
          if (decoded == null) {
            decoded = Html5Entities.entityToString(reference);
          }
          for (int k = 0; k < decoded.length(); k++) {
            append(decoded.charAt(k));
          }
          i = end;
          continue;
        }
      }
      append(c);
      i++;
    }
    return new String(text, 0, length);
  }

  /** Adds a character; white space only parts words, by one space, and never at either end. */
  private void append(char c) {
    if (isWhitespace(c)) {
      apart = true;
      return;
    }
    if (apart && length > 0) {
      text[length++] = ' ';
    }
    apart = false;
    text[length++] = c;
  }

  private int indexOf(char c, int from) {
    for (int i = from; i < html.length; i++) {
      if (html[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** The lower-case name of the tag between {@code from} and {@code to}, after any {@code /}. */
  private String tagName(int from, int to) {
    int start = from < to && html[from] == '/' ? from + 1 : from;
    int end = start;
    while (end < to && Character.isLetterOrDigit(html[end])) {
      end++;
    }
    return new String(html, start, end - start).toLowerCase(Locale.ROOT);
  }

  /**
   * Where the character reference starting at {@code amp} ends (after its {@code ;}), or -1 if
   * none does: {@code &name;} (a letter, then 1 to 31 letters or digits), {@code &#digits;} or
   * {@code &#xhex;} (1 to 8 of them), in either case, as Markdown's renderer reads them.
   */
  private int entityEnd(int amp) {
    int i = amp + 1;
    if (i < html.length && html[i] == '#') {
      i++;
      boolean hex = i < html.length && (html[i] == 'x' || html[i] == 'X');
      int digits = hex ? i + 1 : i;
      int end = digits;
      while (end < html.length && end - digits < 8
          && (hex ? Character.digit(html[end], 16) >= 0 && html[end] < 0x80 : isDigit(html[end]))) {
        end++;
      }
      return end > digits && end < html.length && html[end] == ';' ? end + 1 : -1;
    }
    if (i >= html.length || !isAsciiLetter(html[i])) {
      return -1;
    }
    int end = i + 1;
    while (end < html.length && end - i < 32 && (isAsciiLetter(html[end]) || isDigit(html[end]))) {
      end++;
    }
    return end - i >= 2 && end < html.length && html[end] == ';' ? end + 1 : -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@link Character#isWhitespace(char)}, answered without a table look-up for ASCII. */
  private static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    return Character.isWhitespace(c);
  }
}
