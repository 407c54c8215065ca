package dev.backstory.content;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one place that decides which Markdown Backstory understands: CommonMark plus the
 * extensions an editor expects. The renderer is built from the same options, so what parses
 * also renders.
 */
public final class MarkdownSyntax {

  /** Parser and renderer options; immutable, shared by every thread. */
  public static final DataHolder OPTIONS = new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(
          TablesExtension.create(),
          FootnoteExtension.create(),
          StrikethroughExtension.create(),
          new PlainUrlLinks(),
          TypographicExtension.create(),
          AttributesExtension.create(),
          DefinitionExtension.create(),
          WikiLinkExtension.create()))
      // [[slug#question-id|label]]: the target first, as editors of Markdown wikis expect.
      .set(WikiLinkExtension.LINK_FIRST_SYNTAX, true)
      .set(WikiLinkExtension.ALLOW_ANCHORS, true)
      .set(WikiLinkExtension.IMAGE_LINKS, true)
      .set(TablesExtension.COLUMN_SPANS, false)
      .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
      // A row's cells past the header's are kept in the tree, so the loader can say which
      // text a table leaves out, and take them out itself.
      .set(TablesExtension.DISCARD_EXTRA_COLUMNS, false)
      .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
      // Ids come from Backstory's own registry (unique per page), never from Flexmark's generator.
      .set(HtmlRenderer.GENERATE_HEADER_ID, false)
      .set(HtmlRenderer.RENDER_HEADER_ID, false)
      .toImmutable();

  static final Parser PARSER = Parser.builder(OPTIONS)
      .customInlineParserFactory(RegionMatchingInlineParser::new)
      // Flexmark reads link reference definitions with its own inline parser alone: given
      // another, it must be told to read them with that one.
      .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
      .build();

  /**
   * A {@code [[...]]} reference as written between its brackets, label included: the key it is
   * resolved under, so that two references to one target with different labels stay apart.
   */
  static String written(WikiNode wiki) {
    return wiki.getTextSeparatorMarker().isEmpty() ? wiki.getLink().toString()
        : wiki.getLink() + "|" + wiki.getText();
  }

  private MarkdownSyntax() {}
}
