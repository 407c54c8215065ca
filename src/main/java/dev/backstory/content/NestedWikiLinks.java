package dev.backstory.content;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns brackets inside brackets ({@code [[[[x]]]]}) back into the text they are. Flexmark's
 * wiki link syntax nests one link per pair of brackets, so a long run of brackets would become
 * a tree hundreds of levels deep; no editor writes a wiki link inside a wiki link, so such a run
 * is shown as written, never as a link.
 */
final class NestedWikiLinks {

  private NestedWikiLinks() {}

  static void flatten(Document markdown) {
    List<Node> outermost = new ArrayList<>();
    for (Node node : markdown.getDescendants()) {
      if (node instanceof WikiNode && !hasWikiAncestor(node) && hasWikiChild(node)) {
        outermost.add(node);
      }
    }
    for (Node node : outermost) {
      node.insertBefore(new Text(node.getChars()));
      node.unlink();
    }
  }

  private static boolean hasWikiAncestor(Node node) {
    for (Node up = node.getParent(); up != null; up = up.getParent()) {
      if (up instanceof WikiNode) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasWikiChild(Node node) {
    for (Node child : node.getChildren()) {
      if (child instanceof WikiNode) {
        return true;
      }
    }
    return false;
  }
}
