package dev.backstory.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.regex.Pattern;

/**
 * The text a reader sees in HTML that Backstory rendered, for search and structured data:
 * tags dropped, entities decoded, white space collapsed. Block ends become spaces so words in
 * neighbouring paragraphs do not run together.
 */
final class HtmlText {

  private static final Pattern DROPPED =
      Pattern.compile("(?is)<(script|style|sup)\\b.*?</\\1\\s*>");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(p|li|h[1-6]|blockquote|"
      + "figure|figcaption|div|br|tr|td|th|dd|dt|ul|ol|dl|table|section|pre|hr)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private HtmlText() {}

  static String of(String html) {
    String text = DROPPED.matcher(html).replaceAll(" ");
    text = BLOCK_TAG.matcher(text).replaceAll(" ");
    text = TAG.matcher(text).replaceAll("");
    text = Escaping.unescapeHtml(text);
    return SPACE.matcher(text).replaceAll(" ").strip();
  }
}
