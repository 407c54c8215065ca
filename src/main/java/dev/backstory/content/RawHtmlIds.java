package dev.backstory.content;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The ids raw HTML gives its elements. They are on the page as written, beside the ids of the
 * questions and of the layout, so they are held to the same rule: one element per id.
 */
final class RawHtmlIds {

  private RawHtmlIds() {}

  /**
   * @param html the raw HTML as written
   * @param offset where {@code html} starts in the text
   */
  static List<WrittenId> in(String html, int offset) {
    List<WrittenId> ids = new ArrayList<>();
    if (!html.contains("id")) {
      return ids;
    }
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    for (Element element : Jsoup.parse(html, "", parser).getAllElements()) {
      if (element.hasAttr("id")) {
        Range value = element.attributes().sourceRange("id").valueRange();
        ids.add(new WrittenId(element.id(), value.isTracked() ? offset + value.start().pos()
            : offset));
      }
    }
    return ids;
  }
}
