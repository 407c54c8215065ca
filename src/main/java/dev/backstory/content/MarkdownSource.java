package dev.backstory.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * An explainer's Markdown body as the render phase needs it. It is kept as text, not as the
 * tree the load phase read: a tree takes about four times the memory of its text, and a site
 * holds every explainer between the two phases, which decided whether a 100,000-explainer site
 * could be built at all. The render phase parses it again, and each heading gets back the id
 * the load phase gave it. Two sources are the same only if they are the same object: a preview
 * keeps the source of each file it did not re-read.
 */
public final class MarkdownSource {

  private final byte[] body;
  private final List<String> headingIds;

  /** @param headingIds the id of every heading, in the order they appear */
  MarkdownSource(String body, List<String> headingIds) {
    // As UTF-8: most prose is ASCII, which Java strings would store in two bytes a character
    // as soon as one curly quote or dash appears.
    this.body = body.getBytes(StandardCharsets.UTF_8);
    this.headingIds = List.copyOf(headingIds);
  }

  /** The body read into a new tree (trees are not thread-safe, so callers never share one). */
  public Document parse() {
    Document markdown = MarkdownSyntax.PARSER.parse(new String(body, StandardCharsets.UTF_8));
    NestedWikiLinks.flatten(markdown);
    Iterator<String> ids = headingIds.iterator();
    for (Node node : markdown.getDescendants()) {
      if (node instanceof Heading heading) {
        heading.setAnchorRefId(ids.next());
      }
    }
    return markdown;
  }
}
