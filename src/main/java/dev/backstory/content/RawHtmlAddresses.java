package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.model.LinkRef;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Raw HTML is published as written: only Markdown's links and images are checked, copied
 * and pointed at where their target is published. So an {@code <img src>} or {@code <a href>}
 * in raw HTML that names a file of the content folder is sure to break on the site; each is
 * reported with the Markdown to write instead. Other addresses there (another site's, a
 * path of the host) may be meant, and are left alone.
 */
final class RawHtmlAddresses {

  private static final List<String> ATTRIBUTES = List.of("src", "href", "poster");

  private RawHtmlAddresses() {}

  /**
   * @param html the raw HTML as written
   * @param offset where {@code html} starts in the text {@code lines} maps
   * @param contentPath the content path of the file it is written in
   */
  static void check(String html, int offset, String contentPath, ContentFiles files,
      LineMap lines, List<Diagnostic> problems) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    for (Element element : Jsoup.parse(html, "", parser).getAllElements()) {
      for (String attribute : ATTRIBUTES) {
        String address = element.attr(attribute);
        if (!namesContentFile(address, contentPath, files)) {
          continue;
        }
        Range value = element.attributes().sourceRange(attribute).valueRange();
        int at = value.isTracked() ? offset + value.start().pos() : offset;
        problems.add(Diagnostic.warning(lines.at(at), "`<%s %s>` names the content file `%s`, "
            + "but raw HTML is published as written, and there that address leads nowhere; "
            + "write it in Markdown: `%s(%s)`", element.normalName(), attribute, address,
            element.normalName().equals("a") ? "[words]" : "![description]", address));
      }
    }
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
