package dev.backstory.render;

import dev.backstory.model.Explainer;
import dev.backstory.model.Paging;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.SiteConfig;
import dev.backstory.model.Topic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The sitemap (protocol 0.9) of every page a search engine should know, each with the date of
 * its last change, and the robots.txt that points at it. The protocol lets one sitemap list at
 * most 50,000 addresses; a bigger site's {@code sitemap.xml} is an index of parts that each
 * list at most that many.
 */
final class SitemapWriter {

  private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
  /** The most addresses the protocol lets one sitemap list. */
  static final int MOST_PER_FILE = 50_000;

  /** One address to list, in its ASCII form, and the date of its last change (or null). */
  private record Listed(String loc, LocalDate lastModified) {}

  private SitemapWriter() {}

  /** @param indexPages pages that gather explainers, each with its last change */
  static void write(Site site, Map<String, LocalDate> indexPages, PageSink sink)
      throws IOException {
    write(site, indexPages, sink, MOST_PER_FILE);
  }

  /** As {@link #write(Site, List, PageSink)}, with at most {@code perFile} addresses a file. */
  static void write(Site site, Map<String, LocalDate> indexPages, PageSink sink, int perFile)
      throws IOException {
    List<Listed> listed = listed(site, indexPages);
    if (listed.size() <= perFile) {
      sink.write(Routes.SITEMAP, urlset(listed));
      return;
    }
    List<Listed> parts = new ArrayList<>();
    for (int from = 0; from < listed.size(); from += perFile) {
      List<Listed> part = listed.subList(from, Math.min(listed.size(), from + perFile));
      String path = Routes.sitemapPart(parts.size() + 1);
      sink.write(path, urlset(part));
      parts.add(new Listed(site.config().absolute(path), part.stream()
          .map(Listed::lastModified).filter(Objects::nonNull).max(LocalDate::compareTo)
          .orElse(null)));
    }
    sink.write(Routes.SITEMAP, XmlDocument.write("sitemapindex", NAMESPACE, xml -> {
      for (Listed part : parts) {
        entry(xml, "sitemap", part);
      }
    }));
  }

  private static List<Listed> listed(Site site, Map<String, LocalDate> indexPages) {
    SiteConfig config = site.config();
    List<Listed> listed = new ArrayList<>();
    listPages(listed, config, site.explainers(), Routes::homePage);
    for (Explainer explainer : site.explainers()) {
      if (Indexing.isIndexed(explainer)) {
        listed.add(new Listed(config.absolute(Routes.explainer(explainer.slug())),
            explainer.meta().lastModified()));
      }
    }
    for (Topic topic : site.topics()) {
      listPages(listed, config, site.bySlugs(topic.explainerSlugs()),
          n -> Routes.topicPage(topic.slug(), n));
    }
    indexPages.forEach((page, lastModified) ->
        listed.add(new Listed(config.absolute(page), lastModified)));
    return listed;
  }

  private static byte[] urlset(List<Listed> listed) {
    return XmlDocument.write("urlset", NAMESPACE, xml -> {
      for (Listed each : listed) {
        entry(xml, "url", each);
      }
    });
  }

  /** Crawlers read robots.txt only at a domain's root: a site under a sub-path must copy it. */
  static byte[] robots(SiteConfig config) {
    return ("User-agent: *\nAllow: /\n\nSitemap: " + config.absolute(Routes.SITEMAP) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Each page of a list, dated by the newest change among the explainers it shows. */
  private static void listPages(List<Listed> listed, SiteConfig config, List<Explainer> shown,
      IntFunction<String> pathOfPage) {
    int pages = Paging.count(shown.size(), config.pageSize());
    for (int n = 1; n <= pages; n++) {
      List<Explainer> onPage = Paging.page(shown, n, config.pageSize());
      if (Indexing.isIndexed(onPage)) {
        listed.add(new Listed(config.absolute(pathOfPage.apply(n)), newest(onPage)));
      }
    }
  }

  /** The last change of any of {@code explainers}, or null for none. */
  static LocalDate newest(List<Explainer> explainers) {
    return explainers.stream().map(e -> e.meta().lastModified()).max(LocalDate::compareTo)
        .orElse(null);
  }

  private static void entry(XMLStreamWriter xml, String element, Listed listed)
      throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeStartElement(element);
    xml.writeStartElement("loc");
    xml.writeCharacters(listed.loc());
    xml.writeEndElement();
    if (listed.lastModified() != null) {
      xml.writeStartElement("lastmod");
      xml.writeCharacters(listed.lastModified().toString());
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }
}
