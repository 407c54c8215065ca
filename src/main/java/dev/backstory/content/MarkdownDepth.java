package dev.backstory.content;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
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
 *
 * <p>Levels are counted as the writer nests them: a list and its item are one level, a
 * paragraph adds none to what holds it, and text nests nothing.
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
    depths.push(-1);
    while (!nodes.isEmpty()) {
      Node node = nodes.pop();
      int depth = depths.pop() + (isLevel(node) ? 1 : 0);
      if (depth > LIMIT) {
        return Optional.of(node);
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        nodes.push(child);
        depths.push(depth);
      }
    }
    return Optional.empty();
  }

  private static boolean isLevel(Node node) {
    return node.hasChildren() && !(node instanceof ListItem) && !(node instanceof Paragraph);
  }

  /**
   * Where the longest stretch of markup on one line begins: punctuation and spaces with no
   * letter or digit among them, such as {@code > > >} or {@code ![![}. When Flexmark's parser
   * overflows the stack, no tree says where; such a stretch is what made it recurse so deep.
   */
  static int longestMarkupRun(String text) {
    int longestStart = 0;
    int longest = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n' || Character.isLetterOrDigit(c)) {
        if (i - start > longest) {
          longest = i - start;
          longestStart = start;
        }
        start = i + 1;
      }
    }
    // Spaces before the markup are not part of it.
    while (longestStart < text.length() && text.charAt(longestStart) == ' ') {
      longestStart++;
    }
    return longestStart;
  }
}
