package dev.backstory.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import dev.backstory.content.BodyHtml.Hole;
import dev.backstory.content.BodyHtml.HoleKind;
import dev.backstory.model.RawHtml;
import dev.backstory.model.UnsafeUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Renders an explainer's Markdown tree to {@link BodyHtml}: question headings become markers the
 * layout splits on, attributed quotes become figures with a caption, wide tables scroll, and
 * every link target the explainer's links name, every {@code [[...]]} and every quoted speaker
 * becomes a hole for the render phase to fill.
 */
final class MarkdownHtml {

  /** The holes of the document being rendered, in the order they appear. */
  private static final DataKey<List<Hole>> HOLES = new DataKey<>("BACKSTORY_HOLES", List.of());

  /** The link targets the load phase collected, which the resolve phase gives an href. */
  private static final DataKey<Set<String>> TARGETS = new DataKey<>("BACKSTORY_TARGETS", Set.of());

  private final HtmlRenderer renderer;

  /**
   * A renderer for one load, configured by the site's {@code rawHtml} setting.
   *
   * @param tableLabel what screen readers call the scrolling box around a table
   * @param noteBackLabel what they call a note's link back to where it is cited, shown as ↩
   */
  MarkdownHtml(RawHtml rawHtml, String tableLabel, String noteBackLabel) {
    String tableStart = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\""
        + Escaping.escapeHtml(tableLabel, true) + "\">";
    this.renderer = HtmlRenderer.builder(new MutableDataSet(MarkdownSyntax.OPTIONS)
            .set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtml.ESCAPE)
            // The HTML is written as the renderer gives it, without the indenting and trimming
            // of lines meant for Markdown output, which looked at every character again: a
            // fifth of the rendering's time, for a page that differs by one line break.
            .set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH)
            // Alone, the arrow is read out as its name, "leftwards arrow with hook".
            .set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "<span role=\"img\" aria-label=\""
                + Escaping.escapeHtml(noteBackLabel, true) + "\">&#8617;</span>"))
        .nodeRendererFactory(options -> new ExplainerNodes(tableStart))
        .attributeProviderFactory(new NodeAttributes())
        .linkResolverFactory(new Holes())
        .build();
  }

  /**
   * Renders a document whose headings carry their ids. Flexmark trees are not thread-safe, but
   * each tree is rendered by the thread that parsed it.
   *
   * @param targets the targets of the links the load phase collected from it
   */
  BodyHtml render(Document markdown, Set<String> targets) {
    List<Hole> holes = new ArrayList<>();
    markdown.set(HOLES, holes);
    markdown.set(TARGETS, targets);
    return new BodyHtml(renderer.render(markdown), holes);
  }

  private static String hole(NodeRendererContext context, Hole hole) {
    return hole(HOLES.get(context.getDocument()), hole);
  }

  private static String hole(List<Hole> holes, Hole hole) {
    holes.add(hole);
    return BodyHtml.hole(holes.size() - 1);
  }

  /** Question headings become markers for the layout; attributed quotes become figures. */
  private static final class ExplainerNodes implements NodeRenderer {
    private final String tableStart;

    ExplainerNodes(String tableStart) {
      this.tableStart = tableStart;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(Heading.class, this::heading),
          new NodeRenderingHandler<>(BlockQuote.class, this::blockQuote),
          new NodeRenderingHandler<>(TableBlock.class, this::table),
          new NodeRenderingHandler<>(Link.class, (node, context, html) ->
              linkText(node, node.getUrl(), context)),
          new NodeRenderingHandler<>(LinkRef.class, (node, context, html) ->
              linkText(node, referenceUrl(node, context), context)),
          new NodeRenderingHandler<>(AutoLink.class, (node, context, html) -> {
            if (isUnsafe(node.getUrl())) {
              html.text(node.getText().unescape());
            } else {
              context.delegateRender();
            }
          }),
          new NodeRenderingHandler<>(Image.class, (node, context, html) -> {
            if (node.getUrlContent().isEmpty()) {
              image(node, node.getUrl(), node.getTitle(), context, html);
            } else {
              imageText(node, node.getUrl(), context, html);
            }
          }),
          new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> {
            Reference reference = node.getReferenceNode(context.getDocument());
            if (reference == null) {
              context.delegateRender();
            } else {
              image(node, reference.getUrl(), reference.getTitle(), context, html);
            }
          }),
          new NodeRenderingHandler<>(WikiLink.class, this::wikiLink),
          new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
          new NodeRenderingHandler<>(Text.class, this::text),
          // An HTML comment is an editor's note to the desk, never meant for readers, who
          // would find it in the page's source.
          new NodeRenderingHandler<>(HtmlCommentBlock.class, (node, context, html) -> { }),
          new NodeRenderingHandler<>(HtmlInlineComment.class, (node, context, html) -> { }));
    }

    /**
     * Most text has nothing to unescape (no backslash, no entity), no carriage return and
     * nothing to escape, and is copied as it stands; Flexmark would run two regular
     * expressions and a copy character by character over each piece of every paragraph to
     * find that out. The rest it renders.
     */
    private void text(Text text, NodeRendererContext context, HtmlWriter html) {
      String chars = SourceSlice.of(text.getChars());
      for (int i = 0; i < chars.length(); i++) {
        switch (chars.charAt(i)) {
          case '\\', '&', '<', '>', '"', '\r' -> {
            context.delegateRender();
            return;
          }
          default -> { }
        }
      }
      html.raw(chars);
    }

    // A script or data URL was reported by the resolve phase; when the site only warns about
    // them, the link is still never written: its text (or an image's alt text) stands alone.
    private static boolean isUnsafe(BasedSequence url) {
      return url != null && UnsafeUrls.isUnsafe(url.unescape());
    }

    private static BasedSequence referenceUrl(RefNode node, NodeRendererContext context) {
      Reference reference = node.getReferenceNode(context.getDocument());
      return reference == null ? null : reference.getUrl();
    }

    private static void linkText(Node link, BasedSequence url, NodeRendererContext context) {
      if (isUnsafe(url)) {
        context.renderChildren(link);
      } else {
        context.delegateRender();
      }
    }

    /** The attributes {@link #image} writes itself, whatever follows the image. */
    private static final Set<String> WRITTEN_HERE =
        Set.of("src", "alt", "title", "loading", "decoding");
    private static final Set<String> SIZE = Set.of("width", "height");

    /**
     * An image, inline ({@code ![a](x.png)}) or by reference ({@code ![a][x]}), written as
     * Flexmark writes an inline one but for two things. One of the content folder gets a hole
     * for its size: a page that knows an image's size before it arrives keeps its place as it
     * loads. Its description keeps its quotation marks, which Flexmark's drops once the
     * typographic extension has made them curly.
     */
    private void image(Node image, BasedSequence url, BasedSequence title,
        NodeRendererContext context, HtmlWriter html) {
      if (isUnsafe(url)) {
        imageText(image, url, context, html);
        return;
      }
      String written = url.unescape();
      String src = context.resolveLink(LinkType.IMAGE, written, null, null).getUrl();
      html.raw("<img src=\"" + Escaping.escapeHtml(src, true) + "\" alt=\""
          + Escaping.escapeHtml(PlainText.of(image), true) + "\"");
      if (title.isNotNull()) {
        html.raw(" title=\"" + Escaping.escapeHtml(title.unescape(), true) + "\"");
      }
      html.raw(" loading=\"lazy\" decoding=\"async\"");
      boolean sized = TARGETS.get(context.getDocument()).contains(written);
      // An image of the content folder takes its size from the file.
      html.raw(writtenAttributes(image, context,
          name -> WRITTEN_HERE.contains(name) || (sized && SIZE.contains(name))));
      if (sized) {
        html.raw(hole(context, new Hole(HoleKind.IMAGE_SIZE, written, "")));
      }
      html.raw(" />");
    }

    /**
     * The attributes written after a node ({@code {.wide #pic}}, {@code {lang=ko}}), whose
     * names the load phase checked, as HTML to go in its tag; those {@code leftOut} are not.
     */
    private static String writtenAttributes(Node node, NodeRendererContext context,
        Predicate<String> leftOut) {
      StringBuilder written = new StringBuilder();
      for (Attribute attribute : context.extendRenderingNodeAttributes(node,
          AttributablePart.NODE, null).values()) {
        if (!leftOut.test(attribute.getName())) {
          written.append(' ').append(attribute.getName()).append("=\"")
              .append(Escaping.escapeHtml(attribute.getValue(), true)).append('"');
        }
      }
      return written.toString();
    }

    private static void imageText(
        Node image, BasedSequence url, NodeRendererContext context, HtmlWriter html) {
      if (isUnsafe(url)) {
        html.text(new TextCollectingVisitor().collectAndGetText(image));
      } else {
        context.delegateRender();
      }
    }

    /** Wide tables scroll sideways on phones; the scrolling box must be reachable by keyboard. */
    private void table(TableBlock table, NodeRendererContext context, HtmlWriter html) {
      html.line().raw(tableStart).line();
      context.delegateRender();
      html.line().raw("</div>").line();
    }

    private void wikiLink(WikiLink wiki, NodeRendererContext context, HtmlWriter html) {
      html.raw(hole(context, new Hole(HoleKind.WIKI_LINK, MarkdownSyntax.written(wiki),
          wiki.getChars().toString())));
    }

    /** A paragraph that is only {@code ![[slug#id]]} is a marker for the included section. */
    private void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
      if (paragraph.getFirstChild() instanceof WikiImage include
          && paragraph.getFirstChild() == paragraph.getLastChild()
          && paragraph.getParent() instanceof Document) {
        html.line().raw(BodyHtml.INCLUDE_START + MarkdownSyntax.written(include)
            + BodyHtml.INCLUDE_END).line();
        return;
      }
      context.delegateRender();
    }

    private void heading(Heading heading, NodeRendererContext context, HtmlWriter html) {
      if (heading.getLevel() != 2 || !(heading.getParent() instanceof Document)) {
        context.delegateRender();
        return;
      }
      html.raw(BodyHtml.QUESTION_START);
      // They go on the layout's heading; its id and old ids are the section's.
      html.raw(writtenAttributes(heading, context,
          name -> name.equals("id") || name.equals("data-aliases")));
      html.raw(BodyHtml.QUESTION_HEADING);
      context.renderChildren(heading);
      html.raw(BodyHtml.QUESTION_BODY);
    }

    private void blockQuote(BlockQuote quote, NodeRendererContext context, HtmlWriter html) {
      QuoteAttribution.of(quote).ifPresentOrElse(attribution -> {
        html.line().raw("<figure class=\"quote\">").line().raw("<blockquote>").line();
        for (Node child : quote.getChildren()) {
          if (child != attribution.line()) {
            context.render(child);
          }
        }
        html.line().raw("</blockquote>").line().raw("<figcaption>");
        html.raw("<span class=\"quote-speaker\">");
        html.raw(hole(context,
            new Hole(HoleKind.SPEAKER, attribution.speaker(), attribution.speaker())));
        html.raw("</span>");
        if (attribution.role() != null) {
          html.raw(", <span class=\"quote-role\">")
              .raw(Escaping.escapeHtml(attribution.role(), false)).raw("</span>");
        }
        html.raw("</figcaption>").line().raw("</figure>").line();
      }, context::delegateRender);
    }
  }

  /**
   * Puts the id the load phase assigned on every heading rendered through Flexmark, lets
   * images in the text load lazily (they are below the lead image, so below the fold), and
   * lets the keyboard reach code blocks, which scroll sideways when a line is too long.
   */
  private static final class NodeAttributes extends IndependentAttributeProviderFactory {
    @Override
    public AttributeProvider apply(LinkResolverContext context) {
      return (node, part, attributes) -> {
        // Kramdown's {: .note} opens with a colon, which the attributes syntax reads as an
        // attribute named ":"; as kramdown does, it only marks the braces as attributes.
        attributes.remove(":");
        if (node instanceof Heading heading && part == AttributablePart.NODE
            && heading.getAnchorRefId() != null) {
          attributes.replaceValue("id", heading.getAnchorRefId());
        } else if (node instanceof Image) {
          attributes.replaceValue("loading", "lazy");
          attributes.replaceValue("decoding", "async");
        } else if ((node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock)
            && part == AttributablePart.NODE) {
          attributes.replaceValue("tabindex", "0");
        }
      };
    }
  }

  /**
   * Leaves a hole for the href of each link whose target the load phase collected: the resolve
   * phase works out where each goes, relative to the page.
   */
  private static final class Holes extends IndependentLinkResolverFactory {
    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      Document document = context.getDocument();
      Set<String> targets = TARGETS.get(document);
      List<Hole> holes = HOLES.get(document);
      return (node, ctx, link) -> targets.contains(link.getUrl())
          ? link.withStatus(LinkStatus.VALID)
              .withUrl(hole(holes, new Hole(HoleKind.HREF, link.getUrl(), link.getUrl())))
          : link;
    }
  }
}
