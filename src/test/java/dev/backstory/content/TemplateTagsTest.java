package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick look at a whole explainer never hides a tag that the look at its blocks would
 * find: over random text made of the characters tags, code and Markdown's own syntax use,
 * with a fixed seed so a failure reproduces.
 */
class TemplateTagsTest {

  private static final String[] PIECES = {"{", "{", "}", "%", "<", ">", "`", "``", " ", "\n",
      "\n\n", "## ", "> ", "| a | b |\n|---|---|\n| ", "page.title", "x", "#", "- "};

  @Test
  void theWholeTextMayHoldATagWheneverABlockOfItHoldsOne() {
    Random random = new Random(20261203);
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      String source = RandomText.of(random, PIECES, random.nextInt(30) + 1);
      for (Node node : MarkdownSyntax.PARSER.parse(source).getDescendants()) {
        if (TemplateTags.isTextBlock(node) && TemplateTags.in(node) != null) {
          found++;
          assertTrue(TemplateTags.mayBeIn(source), () -> "a tag in " + source.replace("\n", "\\n"));
        }
      }
    }
    assertTrue(found > 500, "the random text held tags " + found + " times");
  }
}
