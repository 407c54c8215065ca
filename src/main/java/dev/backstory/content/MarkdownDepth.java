package dev.backstory.content;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * How deeply a Markdown tree nests (quotes in lists in quotes, emphasis in links). Flexmark
 * renders by recursion, so a hostile file nested a thousand levels deep would overflow the
 * stack; the load phase refuses such a file at the first node past the limit instead.
 * Walks the tree with an explicit stack, so the check itself cannot overflow.
 */
final class MarkdownDepth {

  /** Far beyond any real explainer, well within what the renderer's recursion can take. */
  static final int LIMIT = 100;

  private MarkdownDepth() {}

  /** The first node (in document order) that is nested deeper than {@link #LIMIT}, if any. */
  static Optional<Node> firstTooDeep(Document document) {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop();
      if (depth > LIMIT) {
        return Optional.of(node);
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
    return Optional.empty();
  }
}
