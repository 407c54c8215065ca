package dev.backstory.content;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Counts the words a reader meets in an explainer's body, for its reading time. Each innermost
 * block (paragraph, heading, list item text, table cell) is read as plain text separately, so
 * words at the edges of two blocks are not run together.
 */
final class WordCount {

  private WordCount() {}

  static int of(Document markdown) {
    int words = 0;
    for (Node node : markdown.getDescendants()) {
      if (node instanceof Block && !hasBlockChild(node)) {
        words += words(PlainText.of(node));
      }
    }
    return words;
  }

  private static boolean hasBlockChild(Node node) {
    for (Node child : node.getChildren()) {
      if (child instanceof Block) {
        return true;
      }
    }
    return false;
  }

  /** Runs of characters between spaces that hold at least one letter or digit. */
  static int words(String text) {
    int count = 0;
    boolean counted = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c)) {
        counted = false;
      } else {
        if (!counted && isLetterOrDigit(c)) {
          count++;
          counted = true;
        }
      }
    }
    return count;
  }

  /** {@link Character#isLetterOrDigit(int)}, answered without a table look-up for ASCII. */
  private static boolean isLetterOrDigit(int c) {
    if (c < 0x80) {
      int lower = c | 0x20;
      return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }
}
