package dev.backstory.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template tags of other site generators left in an explainer's text, as an archive moved
 * from them brings: Hugo's shortcodes ({@code {{< figure >}}}, {@code {{% note %}}}), and
 * Liquid's or Nunjucks' tags and expressions ({@code {% include %}}, {@code {{ page.title }}}).
 * Backstory runs none of them, so readers would see them as written, or mangled: Markdown
 * reads parts of them as HTML or as attributes. They are looked for in the source of each
 * block of text, outside code spans; code blocks are no such block.
 */
final class TemplateTags {

  /** An opening of a tag: a shortcode's or a tag's, or an expression's before a name. */
  private static final Pattern OPENING = Pattern.compile("\\{\\{[<%]|\\{%|\\{\\{\\s*[A-Za-z_]");

  private TemplateTags() {}

  /** Where in the source a tag opens, and how it opens. */
  record Found(int offset, String opening) {}

  /**
   * Whether a tag may open anywhere in {@code source}: every opening starts with two braces or
   * a brace and a percent sign. Asked once of the whole text, it spares the explainers without
   * either the look at each block, which reads the parsed text a character at a time.
   */
  static boolean mayBeIn(String source) {
    return source.contains("{{") || source.contains("{%");
  }

  /** Whether {@code node} is a block of text, whose source is looked through. */
  static boolean isTextBlock(Node node) {
    return node instanceof Paragraph || node instanceof Heading || node instanceof TableCell;
  }

  /** The first tag that opens in the text of {@code block}, or null. */
  static Found in(Node block) {
    BasedSequence chars = block.getChars();
    if (chars.indexOf('{') < 0) {
      return null;
    }
    Matcher opening = OPENING.matcher(chars);
    while (opening.find()) {
      int offset = chars.getStartOffset() + opening.start();
      if (!inCode(block, offset)) {
        String found = opening.group();
        boolean expression = !found.equals("{{<") && !found.equals("{{%") && !found.equals("{%");
        return new Found(offset, expression ? "{{" : found);
      }
    }
    return null;
  }

  private static boolean inCode(Node block, int offset) {
    for (Node node : block.getDescendants()) {
      if (node instanceof Code code && code.getStartOffset() <= offset
          && offset < code.getEndOffset()) {
        return true;
      }
    }
    return false;
  }

  static String message(Found found) {
    return "`" + found.opening() + "` opens a template tag of another site generator, which "
        + "Backstory does not run, so readers would see it as written: write in Markdown what "
        + "it stands for, or put it in backticks to show it as code";
  }
}
