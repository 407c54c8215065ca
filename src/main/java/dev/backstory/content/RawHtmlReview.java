package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.model.LinkRef;
import dev.backstory.model.RawHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * What raw HTML as written does on the page that its writer may not mean, told at the element
 * or attribute. Only Markdown's links and images are checked, copied and pointed at where
 * their target is published, so an {@code <img src>} or {@code <a href>} in raw HTML that names
 * a file of the content folder is sure to break on the site; each is reported with the
 * Markdown to write instead. Other addresses there (another site's, a path of the host) may be
 * meant, and are left alone. With {@code rawHtml: allow}, a tag that names no element (the
 * writer's {@code <angle>} brackets) is reported, as it hides its words; with
 * {@code rawHtml: sanitize}, each element and attribute the allow-list takes out.
 */
final class RawHtmlReview {

  private static final List<String> ATTRIBUTES = List.of("src", "href", "poster");
  private static final int LONGEST_TAG_SHOWN = 80;
  /** The elements of SVG and MathML, whose names HTML's parser does not know. */
  private static final Set<String> SVG_AND_MATHML = Set.of("svg", "g", "defs", "symbol", "use",
      "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan",
      "textpath", "image", "foreignobject", "lineargradient", "radialgradient", "stop",
      "clippath", "mask", "pattern", "marker", "filter", "desc", "metadata", "switch", "view",
      "animate", "animatetransform", "set", "math", "mi", "mn", "mo", "ms", "mtext", "mspace",
      "mrow", "mfrac", "msqrt", "mroot", "msub", "msup", "msubsup", "munder", "mover",
      "munderover", "mtable", "mtr", "mtd", "mstyle", "mpadded", "mphantom", "menclose",
      "semantics", "annotation", "annotation-xml");

  private RawHtmlReview() {}

  /**
   * @param html the raw HTML as written
   * @param offset where {@code html} starts in the text {@code lines} maps
   * @param contentPath the content path of the file it is written in
   */
  static void check(String html, int offset, RawHtml mode, String contentPath,
      ContentFiles files, LineMap lines, List<Diagnostic> problems) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    List<Element> leftOut = new ArrayList<>();
    for (Element element : Jsoup.parse(html, "", parser).getAllElements()) {
      // The document, head and body the parser adds around a fragment were not written.
      if (element.sourceRange().isImplicit()) {
        continue;
      }
      if (mode == RawHtml.ALLOW && !isHtml(element)) {
        String tag = startTag(html, element);
        problems.add(Diagnostic.warning(lines.at(offset + element.sourceRange().startPos()),
            "`%s` reads as an HTML tag, and the page shows nothing of it; to show it as "
                + "written, write `\\%s`", tag, tag));
      }
      if (mode == RawHtml.SANITIZE) {
        if (element.parents().stream().anyMatch(leftOut::contains)) {
          continue;
        }
        RawHtmlPolicy.Left left = RawHtmlPolicy.leftOut(element);
        if (left.element()) {
          leftOut.add(element);
          problems.add(Diagnostic.warning(lines.at(offset + element.sourceRange().startPos()),
              "`%s` is left out of the page, as `rawHtml: sanitize` keeps only the elements "
                  + "and attributes the README lists", startTag(html, element)));
          continue;
        }
        for (String attribute : left.attributes()) {
          problems.add(Diagnostic.warning(lines.at(at(element, attribute, offset, false)),
              "`%s` is left out of `%s` on the page, as `rawHtml: sanitize` keeps only the "
                  + "elements and attributes the README lists", attribute,
              startTag(html, element)));
        }
      }
      checkAddresses(element, offset, contentPath, files, lines, problems);
    }
  }

  /**
   * Whether an element is one of HTML's, a custom element (its name has a hyphen), or one of
   * SVG's or MathML's, which a paragraph may hold one tag at a time, out of their context. Any
   * other name was most likely meant as words, such as {@code <angle>} in "the <angle>
   * brackets".
   */
  private static boolean isHtml(Element element) {
    String name = element.normalName();
    return Tag.isKnownTag(name) || name.contains("-") || SVG_AND_MATHML.contains(name)
        || !element.tag().namespace().equals(Parser.NamespaceHtml);
  }

  private static void checkAddresses(Element element, int offset, String contentPath,
      ContentFiles files, LineMap lines, List<Diagnostic> problems) {
    for (String attribute : ATTRIBUTES) {
      String address = element.attr(attribute);
      if (!namesContentFile(address, contentPath, files)) {
        continue;
      }
      problems.add(Diagnostic.warning(lines.at(at(element, attribute, offset, true)),
          "`<%s %s>` names the content file `%s`, but raw HTML is published as written, and "
              + "there that address leads nowhere; write it in Markdown: `%s(%s)`",
          element.normalName(), attribute, address,
          element.normalName().equals("a") ? "[words]" : "![description]", address));
    }
  }

  /** Where an attribute's value (or name) is written, or the element's start when unknown. */
  private static int at(Element element, String attribute, int offset, boolean value) {
    Range.AttributeRange range = element.attributes().sourceRange(attribute);
    Range at = value ? range.valueRange() : range.nameRange();
    return offset + (at.isTracked() ? at.start().pos() : element.sourceRange().startPos());
  }

  /** The element's start tag as written, cut short when long. */
  private static String startTag(String html, Element element) {
    Range range = element.sourceRange();
    String tag = html.substring(range.startPos(), range.endPos()).replaceAll("\\s+", " ");
    return tag.length() <= LONGEST_TAG_SHOWN ? tag
        : tag.substring(0, LONGEST_TAG_SHOWN - 1) + "…>";
  }

  private static boolean namesContentFile(String address, String contentPath,
      ContentFiles files) {
    if (address.isEmpty() || address.startsWith("#") || address.startsWith("/")
        || LinkRef.leadsOffSite(address)) {
      return false;
    }
    String path = address.replaceFirst("[?#].*", "");
    return path.toLowerCase(Locale.ROOT).endsWith(".md")
        || files.lookup(contentPath, path).status() == ContentFiles.Status.FOUND;
  }
}
