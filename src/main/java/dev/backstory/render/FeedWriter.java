package dev.backstory.render;

import dev.backstory.model.Author;
import dev.backstory.model.Explainer;
import dev.backstory.model.FrontMatter;
import dev.backstory.model.Routes;
import dev.backstory.model.SiteConfig;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom feeds (RFC 4287): the whole site's, and one per topic. Every URL in a feed is absolute,
 * since feed readers show entries far from the site. Dates are the day at midnight UTC, as
 * explainers carry dates, not times.
 */
final class FeedWriter {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private final SiteConfig config;

  FeedWriter(SiteConfig config) {
    this.config = config;
  }

  /**
   * @param selfPath where the feed itself lives in the output
   * @param pagePath the page the feed follows
   * @param listed the explainers of that page, newest first; the feed carries the newest
   *     {@code feedSize} of them
   */
  byte[] feed(String title, String selfPath, String pagePath, List<Explainer> listed) {
    List<Explainer> explainers = listed.subList(0, Math.min(listed.size(), config.feedSize()));
    return XmlDocument.write("feed", ATOM, xml -> {
      xml.writeAttribute("xml:lang", config.language());
      element(xml, "id", config.absolute(selfPath));
      element(xml, "title", title);
      element(xml, "subtitle", config.description());
      link(xml, "alternate", config.absolute(pagePath), "text/html");
      link(xml, "self", config.absolute(selfPath), "application/atom+xml");
      element(xml, "updated", timestamp(explainers.stream().map(e -> e.meta().lastModified())
          .max(LocalDate::compareTo).orElse(LocalDate.EPOCH)));
      xml.writeCharacters("\n");
      xml.writeStartElement("author");
      element(xml, "name", config.publisher().isEmpty() ? config.title() : config.publisher());
      element(xml, "uri", config.baseUrl());
      xml.writeEndElement();
      element(xml, "generator", "Backstory");
      for (Explainer explainer : explainers) {
        entry(xml, explainer);
      }
    });
  }

  private void entry(XMLStreamWriter xml, Explainer explainer) throws XMLStreamException {
    FrontMatter meta = explainer.meta();
    String url = config.absolute(Routes.explainer(explainer.slug()));
    xml.writeCharacters("\n");
    xml.writeStartElement("entry");
    element(xml, "id", url);
    element(xml, "title", meta.title());
    link(xml, "alternate", url, "text/html");
    element(xml, "published", timestamp(meta.date()));
    element(xml, "updated", timestamp(meta.lastModified()));
    for (Author author : meta.authors()) {
      xml.writeStartElement("author");
      element(xml, "name", author.name());
      if (author.url() != null) {
        element(xml, "uri", author.url());
      }
      xml.writeEndElement();
    }
    String summary = meta.summary() != null ? meta.summary() : meta.dek();
    if (summary != null) {
      element(xml, "summary", summary);
    }
    for (String tag : meta.tags()) {
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", tag);
    }
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  /**
   * A date as Atom's date and time: midnight in the site's time zone, so a reader shows the
   * date the site gives (midnight UTC is the evening before in the Americas), or midnight UTC
   * for a site that names no zone.
   */
  private String timestamp(LocalDate date) {
    return config.timeZone() == null ? date + "T00:00:00Z"
        : date.atStartOfDay(config.timeZone()).toOffsetDateTime()
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
