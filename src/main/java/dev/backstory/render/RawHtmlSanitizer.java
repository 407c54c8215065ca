package dev.backstory.render;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for {@code rawHtml: sanitize}: the elements and attributes that Markdown
 * itself produces, and nothing that can run script, load a frame or restyle the page. It is
 * applied to the whole rendered body, so raw HTML split over several Markdown nodes is judged
 * as the browser would see it. The list is documented in the README; keep the two in step.
 */
final class RawHtmlSanitizer {

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

  private RawHtmlSanitizer() {}

  static String sanitize(String html) {
    return POLICY.sanitize(html);
  }
}
