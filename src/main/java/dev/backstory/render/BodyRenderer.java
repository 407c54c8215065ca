package dev.backstory.render;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.backstory.content.BodyHtml;
import dev.backstory.content.ImageSize;
import dev.backstory.content.RawHtmlPolicy;
import dev.backstory.model.RawHtml;
import dev.backstory.resolve.ResolvedWikiLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes an explainer's body ready for its page, in pieces the layout places itself: the short
 * answer, then each question's heading and body, then the footnotes. The holes the load phase
 * left are filled with what the resolve phase worked out: links get their hrefs, images their
 * sizes, {@code [[...]]} references their targets' titles, quoted speakers a link to their page.
 */
final class BodyRenderer {

  private static final String FOOTNOTES = "<div class=\"footnotes\">";

  /** The pieces of one rendered explainer body. */
  record RenderedBody(String shortAnswer, List<RenderedQuestion> questions, String footnotes) {}

  /**
   * One question section: the attributes written after its heading, as HTML to go in the
   * heading's tag ({@code  lang="ko"}, or empty), its heading as inline HTML, and its body.
   */
  record RenderedQuestion(String headingAttributes, String heading, String body) {}

  private final RawHtml rawHtml;

  /** A renderer for one build, configured by the site's {@code rawHtml} setting. */
  BodyRenderer(RawHtml rawHtml) {
    this.rawHtml = rawHtml;
  }

  /** Raw HTML, judged piece by piece once the Markdown around it is rendered. */
  private String clean(String html) {
    return rawHtml == RawHtml.SANITIZE ? RawHtmlPolicy.sanitize(html) : html;
  }

  /**
   * Fills a body's holes and splits it into pieces.
   *
   * @param hrefs each link target as written, to its href
   * @param sizes each image of the content folder as written, to its size
   * @param wikiLinks each {@code [[...]]} reference as written, to what it resolved to
   * @param people each speaker as written, to the href of their person page
   */
  RenderedBody render(BodyHtml body, Map<String, String> hrefs, Map<String, ImageSize> sizes,
      Map<String, ResolvedWikiLink> wikiLinks, Map<String, String> people) {
    String html = body.fill(hole -> switch (hole.kind()) {
      case HREF -> Escaping.escapeHtml(hrefs.getOrDefault(hole.written(), hole.shown()), true);
      case IMAGE_SIZE -> {
        ImageSize size = sizes.getOrDefault(hole.written(), ImageSize.UNKNOWN);
        yield size.equals(ImageSize.UNKNOWN) ? ""
            : " width=\"" + size.width() + "\" height=\"" + size.height() + "\"";
      }
      case WIKI_LINK -> {
        ResolvedWikiLink link = wikiLinks.get(hole.written());
        yield link == null ? Escaping.escapeHtml(hole.shown(), false)
            : anchor(link.href(), link.text());
      }
      case SPEAKER -> {
        String person = people.get(hole.written());
        yield person == null ? Escaping.escapeHtml(hole.shown(), false)
            : anchor(person, hole.shown());
      }
    });
    String footnotes = "";
    // Flexmark puts the footnotes after everything else. The same tag written as raw HTML in
    // a heading or an earlier section is not them: only a match after the last question's
    // heading can be.
    int footnotesAt = html.lastIndexOf(FOOTNOTES);
    if (footnotesAt >= 0 && footnotesAt > html.lastIndexOf(BodyHtml.QUESTION_BODY)) {
      footnotes = html.substring(footnotesAt);
      html = html.substring(0, footnotesAt);
    }
    int first = html.indexOf(BodyHtml.QUESTION_START);
    String shortAnswer = first < 0 ? html : html.substring(0, first);
    List<RenderedQuestion> questions = new ArrayList<>();
    for (int start = first; start >= 0; ) {
      int next = html.indexOf(BodyHtml.QUESTION_START, start + 1);
      String part = html.substring(start + BodyHtml.QUESTION_START.length(),
          next < 0 ? html.length() : next);
      int headingAt = part.indexOf(BodyHtml.QUESTION_HEADING);
      int at = part.indexOf(BodyHtml.QUESTION_BODY);
      questions.add(new RenderedQuestion(part.substring(0, headingAt),
          clean(part.substring(headingAt + BodyHtml.QUESTION_HEADING.length(), at).strip()),
          clean(part.substring(at + BodyHtml.QUESTION_BODY.length()).strip())));
      start = next;
    }
    return new RenderedBody(clean(shortAnswer.strip()), questions, clean(footnotes.strip()));
  }

  private static String anchor(String href, String text) {
    return "<a href=\"" + Escaping.escapeHtml(href, true) + "\">"
        + Escaping.escapeHtml(text, false) + "</a>";
  }
}
