package dev.backstory.render;

import dev.backstory.model.Explainer;
import dev.backstory.model.Paging;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.SiteConfig;
import dev.backstory.model.Topic;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The sitemap (protocol 0.9) of every page a search engine should know, each with the date of
 * its last change, and the robots.txt that points at it.
 */
final class SitemapWriter {

  private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private SitemapWriter() {}

  /** @param indexPages pages that gather every explainer, dated by the newest change */
  static byte[] sitemap(Site site, List<String> indexPages) {
    SiteConfig config = site.config();
    return XmlDocument.write("urlset", NAMESPACE, xml -> {
      listPages(xml, config, site.explainers(), Routes::homePage);
      for (Explainer explainer : site.explainers()) {
        url(xml, config.absolute(Routes.explainer(explainer.slug())),
            explainer.meta().lastModified());
      }
      for (Topic topic : site.topics()) {
        listPages(xml, config, topic.explainerSlugs().stream()
            .map(slug -> site.bySlug(slug).orElseThrow()).toList(),
            n -> Routes.topicPage(topic.slug(), n));
      }
      for (String page : indexPages) {
        url(xml, config.absolute(page), newest(site.explainers()));
      }
    });
  }

  /** Crawlers read robots.txt only at a domain's root: a site under a sub-path must copy it. */
  static byte[] robots(SiteConfig config) {
    return ("User-agent: *\nAllow: /\n\nSitemap: " + config.absolute(Routes.SITEMAP) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Each page of a list, dated by the newest change among the explainers it shows. */
  private static void listPages(XMLStreamWriter xml, SiteConfig config, List<Explainer> listed,
      IntFunction<String> pathOfPage) throws XMLStreamException {
    int pages = Paging.count(listed.size(), config.pageSize());
    for (int n = 1; n <= pages; n++) {
      url(xml, config.absolute(pathOfPage.apply(n)),
          newest(Paging.page(listed, n, config.pageSize())));
    }
  }

  private static LocalDate newest(List<Explainer> explainers) {
    return explainers.stream().map(e -> e.meta().lastModified()).max(LocalDate::compareTo)
        .orElse(null);
  }

  private static void url(XMLStreamWriter xml, String loc, LocalDate lastModified)
      throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeStartElement("url");
    xml.writeStartElement("loc");
    // The protocol takes ASCII addresses: a slug in another script is percent-encoded.
    xml.writeCharacters(URI.create(loc).toASCIIString());
    xml.writeEndElement();
    if (lastModified != null) {
      xml.writeStartElement("lastmod");
      xml.writeCharacters(lastModified.toString());
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }
}
