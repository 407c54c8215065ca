package dev.backstory.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for {@code rawHtml: sanitize}: the elements and attributes that Markdown
 * itself produces, and nothing that can run script, load a frame or restyle the page. The
 * render phase applies it to the whole rendered body, so raw HTML split over several Markdown
 * nodes is judged as the browser would see it; the load phase asks it of each element as
 * written, to tell the writer what the page will lack. The list is documented in the README;
 * keep the two in step.
 */
public final class RawHtmlPolicy {

  private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
      .allowElements("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd",
          "del", "details", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4",
          "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s",
          "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
          "th", "thead", "time", "tr", "u", "ul")
      .allowAttributes("id", "class", "title", "lang", "dir").globally()
      .allowUrlProtocols("http", "https", "mailto")
      .allowAttributes("href").onElements("a")
      .allowAttributes("src", "alt", "width", "height", "loading", "decoding").onElements("img")
      .allowAttributes("tabindex", "role", "aria-label").onElements("div")
      // A code block scrolls sideways in its own box, which the keyboard must reach.
      .allowAttributes("tabindex").onElements("pre")
      .allowAttributes("cite").onElements("blockquote", "q")
      .allowAttributes("start", "reversed").onElements("ol")
      .allowAttributes("colspan", "rowspan", "align").onElements("td", "th")
      .allowAttributes("datetime").onElements("time", "del", "ins")
      .allowAttributes("open").onElements("details")
      .toFactory();

  private RawHtmlPolicy() {}

  /** The HTML with everything the allow-list does not name taken out. */
  public static String sanitize(String html) {
    return POLICY.sanitize(html);
  }

  /**
   * What the allow-list takes out of one element: the whole element, or some of its
   * attributes, or nothing. An element goes whole when it is not on the list, and also when it
   * is a link or a span left with no attribute worth keeping.
   */
  record Left(boolean element, List<String> attributes) {}

  /** What the allow-list takes out of {@code element}, judged by its start tag alone. */
  static Left leftOut(Element element) {
    Told told = new Told();
    POLICY.sanitize(element.shallowClone().outerHtml(), told, null);
    return new Left(told.element, List.copyOf(told.attributes));
  }

  /** What the sanitizer says it took out. */
  private static final class Told implements HtmlChangeListener<Object> {
    private boolean element;
    private final List<String> attributes = new ArrayList<>();

    @Override
    public void discardedTag(Object context, String elementName) {
      element = true;
    }

    @Override
    public void discardedAttributes(Object context, String tagName, String... names) {
      attributes.addAll(List.of(names));
    }
  }
}
