package dev.backstory.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
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
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.backstory.content.MarkdownSyntax;
import dev.backstory.content.QuoteAttribution;
import dev.backstory.model.RawHtml;
import dev.backstory.model.UnsafeUrls;
import dev.backstory.resolve.ResolvedWikiLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders an explainer's Markdown to HTML in pieces the layout places itself: the short
 * answer, then each question's heading and body, then the footnotes. Links are rewritten to the
 * URLs the resolve phase computed; attributed quotes become figures with a caption.
 */
final class MarkdownRenderer {

  /** The resolved links of the document being rendered: target as written, to href. */
  private static final DataKey<Map<String, String>> HREFS =
      new DataKey<>("BACKSTORY_HREFS", Map.of());

  /** The resolved {@code [[...]]} references of the document being rendered, by text written. */
  private static final DataKey<Map<String, ResolvedWikiLink>> WIKI_LINKS =
      new DataKey<>("BACKSTORY_WIKI_LINKS", Map.of());

  /** Speaker as written, to the href of their person page. */
  private static final DataKey<Map<String, String>> PEOPLE =
      new DataKey<>("BACKSTORY_PEOPLE", Map.of());

  /** Where an included question goes; the page puts the section there after rendering. */
  static final String INCLUDE_START = "\u0000I";
  static final String INCLUDE_END = "\u0000";

  // Flexmark turns NUL in the input into U+FFFD, so no content can forge these markers.
  private static final String QUESTION_START = "\u0000Q";
  private static final String QUESTION_BODY = "\u0000B";
  // Compiled once: String.split would compile the two-character marker again for every page.
  private static final Pattern QUESTION_SPLIT = Pattern.compile(Pattern.quote(QUESTION_START));
  private static final String FOOTNOTES = "<div class=\"footnotes\">";

  /** The pieces of one rendered explainer body. */
  record RenderedBody(String shortAnswer, List<RenderedQuestion> questions, String footnotes) {}

  /** One question section: its heading as inline HTML, and its body. */
  record RenderedQuestion(String heading, String body) {}

  private final HtmlRenderer renderer;
  private final RawHtml rawHtml;

  /** A renderer for one build, configured by the site's {@code rawHtml} setting. */
  MarkdownRenderer(RawHtml rawHtml) {
    this.rawHtml = rawHtml;
    this.renderer = HtmlRenderer.builder(new MutableDataSet(MarkdownSyntax.OPTIONS)
            .set(HtmlRenderer.ESCAPE_HTML, rawHtml == RawHtml.ESCAPE))
        .nodeRendererFactory(options -> new ExplainerNodes())
        .attributeProviderFactory(new HeadingIds())
        .linkResolverFactory(new ResolvedLinks())
        .build();
  }

  /** Raw HTML, judged piece by piece once the Markdown around it is rendered. */
  private String clean(String html) {
    return rawHtml == RawHtml.SANITIZE ? RawHtmlSanitizer.sanitize(html) : html;
  }

  /**
   * Renders a document whose links were resolved to {@code hrefs}. Flexmark trees are not
   * thread-safe, but each explainer's tree is rendered by one thread only.
   */
  RenderedBody render(Document markdown, Map<String, String> hrefs,
      Map<String, ResolvedWikiLink> wikiLinks, Map<String, String> people) {
    markdown.set(HREFS, hrefs);
    markdown.set(WIKI_LINKS, wikiLinks);
    markdown.set(PEOPLE, people);
    String html = renderer.render(markdown);
    String footnotes = "";
    int footnotesAt = html.lastIndexOf(FOOTNOTES);
    if (footnotesAt >= 0 && html.indexOf(QUESTION_START, footnotesAt) < 0) {
      footnotes = html.substring(footnotesAt);
      html = html.substring(0, footnotesAt);
    }
    String[] parts = QUESTION_SPLIT.split(html, -1);
    List<RenderedQuestion> questions = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      int body = parts[i].indexOf(QUESTION_BODY);
      questions.add(new RenderedQuestion(clean(parts[i].substring(0, body).strip()),
          clean(parts[i].substring(body + QUESTION_BODY.length()).strip())));
    }
    return new RenderedBody(clean(parts[0].strip()), questions, clean(footnotes.strip()));
  }

  /** Question headings become markers for the layout; attributed quotes become figures. */
  private static final class ExplainerNodes implements NodeRenderer {
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
          new NodeRenderingHandler<>(Image.class, (node, context, html) ->
              imageText(node, node.getUrl(), context, html)),
          new NodeRenderingHandler<>(ImageRef.class, (node, context, html) ->
              imageText(node, referenceUrl(node, context), context, html)),
          new NodeRenderingHandler<>(WikiLink.class, this::wikiLink),
          new NodeRenderingHandler<>(Paragraph.class, this::paragraph));
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
      html.line().raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" "
          + "aria-label=\"Table\">").line();
      context.delegateRender();
      html.line().raw("</div>").line();
    }

    private void wikiLink(WikiLink wiki, NodeRendererContext context, HtmlWriter html) {
      ResolvedWikiLink link = WIKI_LINKS.get(context.getDocument()).get(wiki.getLink().toString());
      if (link == null) {
        html.text(wiki.getChars().toString());
        return;
      }
      html.raw("<a href=\"").raw(Escaping.escapeHtml(link.href(), true)).raw("\">")
          .raw(Escaping.escapeHtml(link.text(), false)).raw("</a>");
    }

    /** A paragraph that is only {@code ![[slug#id]]} is a marker for the included section. */
    private void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
      if (paragraph.getFirstChild() instanceof WikiImage include
          && paragraph.getFirstChild() == paragraph.getLastChild()
          && paragraph.getParent() instanceof Document) {
        html.line().raw(INCLUDE_START + include.getLink() + INCLUDE_END).line();
        return;
      }
      context.delegateRender();
    }

    private void heading(Heading heading, NodeRendererContext context, HtmlWriter html) {
      if (heading.getLevel() != 2 || !(heading.getParent() instanceof Document)) {
        context.delegateRender();
        return;
      }
      html.raw(QUESTION_START);
      context.renderChildren(heading);
      html.raw(QUESTION_BODY);
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
        String person = PEOPLE.get(context.getDocument()).get(attribution.speaker());
        html.raw("<span class=\"quote-speaker\">");
        if (person != null) {
          html.raw("<a href=\"").raw(Escaping.escapeHtml(person, true)).raw("\">")
              .raw(Escaping.escapeHtml(attribution.speaker(), false)).raw("</a>");
        } else {
          html.raw(Escaping.escapeHtml(attribution.speaker(), false));
        }
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
   * Puts the id the load phase assigned on every heading rendered through Flexmark, and lets
   * images in the text load lazily (they are below the lead image, so below the fold).
   */
  private static final class HeadingIds extends IndependentAttributeProviderFactory {
    @Override
    public AttributeProvider apply(LinkResolverContext context) {
      return (node, part, attributes) -> {
        if (node instanceof Heading heading && part == AttributablePart.NODE
            && heading.getAnchorRefId() != null) {
          attributes.replaceValue("id", heading.getAnchorRefId());
        } else if (node instanceof Image) {
          attributes.replaceValue("loading", "lazy");
          attributes.replaceValue("decoding", "async");
        }
      };
    }
  }

  /** Swaps each link target written in Markdown for the href the resolve phase computed. */
  private static final class ResolvedLinks extends IndependentLinkResolverFactory {
    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      Map<String, String> hrefs = HREFS.get(context.getDocument());
      return (node, ctx, link) -> {
        String href = hrefs.get(link.getUrl());
        return href == null ? link : link.withStatus(LinkStatus.VALID).withUrl(href);
      };
    }
  }
}
