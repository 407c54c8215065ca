package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The inline parser that reads matches without copying the paragraph parses as Flexmark's own
 * does: over random text made of inline syntax (links and their titles, brackets, images, wiki
 * links, attributes, emphasis, code, bare addresses), the same nodes over the same source and
 * the same HTML. The seed is fixed so a failure reproduces.
 */
class RegionMatchingInlineParserTest {

  private static final String[] PIECES = {"[", "]", "(", ")", "<", ">", "!", "*", "_", "`",
      "\\", " ", "  ", "\n", "\n\n", "\t", "\"", "'", "word", "x", "[[", "]]", "|", "#", "{",
      "}", "{#id}", "{.note}", ": ", "[^1]", "~~", "&amp;", "https://example.org/a_b",
      "www.example.org", "mailto:desk@example.org", "](other.md#why \"Title\")", "][ref]",
      "\n[ref]: /x 'T'\n", "## ", "> ", "- ", "| a | b |\n|---|---|\n| ", "...", "--"};

  private static final Parser FLEXMARK = Parser.builder(MarkdownSyntax.OPTIONS).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder(MarkdownSyntax.OPTIONS).build();

  @Test
  void parsesAsFlexmarksOwnInlineParser() {
    Random random = new Random(20261203);
    int links = 0;
    for (int round = 0; round < 10_000; round++) {
      String source = RandomText.of(random, PIECES, random.nextInt(40) + 1);
      String parsed = parsed(MarkdownSyntax.PARSER, source);
      assertEquals(parsed(FLEXMARK, source), parsed,
          () -> "parsing " + source.replace("\n", "\\n"));
      if (parsed.contains("Link[")) {
        links++;
      }
    }
    assertTrue(links > 1_000, "the random text held links " + links + " times");
  }

  /**
   * Each node's type and the source it spans, in document order, and the HTML; or the error,
   * as some text trips a bug of Flexmark's (which the load phase reports at the file).
   */
  private static String parsed(Parser parser, String source) {
    Node document;
    try {
      document = parser.parse(source);
    } catch (RuntimeException e) {
      return e.toString();
    }
    StringBuilder tree = new StringBuilder();
    for (Node node : document.getDescendants()) {
      tree.append(node.getClass().getSimpleName()).append('[').append(node.getStartOffset())
          .append(',').append(node.getEndOffset()).append("]\n");
    }
    return tree.append(HTML.render(document)).toString();
  }
}
