package dev.backstory.content;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Turns bare URLs, {@code www.} addresses and e-mail addresses into links: Flexmark's autolink
 * extension, asked only about text that could hold one. Its scan runs a regular expression over
 * every text node and was a tenth of the parse time for ordinary prose; a text without a
 * {@code :}, {@code @}, {@code www} or an entity (which may spell either) has no link to find.
 */
final class PlainUrlLinks implements Parser.ParserExtension {

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  static boolean mayHoldLink(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '@' || c == '&' || isW(c) && i + 2 < n
          && isW(text.charAt(i + 1)) && isW(text.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isW(char c) {
    return c == 'w' || c == 'W';
  }

  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      AutolinkNodePostProcessor autolink = new AutolinkNodePostProcessor(document);
      return new NodePostProcessor() {
        @Override
        public void process(NodeTracker state, Node node) {
          if (mayHoldLink(node.getChars())) {
            autolink.process(state, node);
          }
        }
      };
    }
  }
}
