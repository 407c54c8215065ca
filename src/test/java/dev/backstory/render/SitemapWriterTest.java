package dev.backstory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.content.ContentLoader;
import dev.backstory.content.LoadedContent;
import dev.backstory.content.LoadedExplainer;
import dev.backstory.diag.Diagnostics;
import dev.backstory.model.Site;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A sitemap lists at most a set number of addresses (50,000 by the protocol). A site with more
 * gets an index in {@code sitemap.xml} whose parts, read in order, list every address the one
 * file would, each part dated by its newest change. Checked here with parts of three.
 */
class SitemapWriterTest {

  private static final String BASE = "https://example.org/news/";

  @TempDir Path dir;

  private Site site() throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content);
    Files.writeString(content.resolve("site.yaml"), "baseUrl: \"" + BASE + "\"\n");
    for (int i = 1; i <= 7; i++) {
      Files.writeString(content.resolve("e" + i + ".md"), "---\ntitle: \"What is " + i
          + "?\"\ndate: 2023-09-0" + i + "\ntags: [\"T" + (i % 2) + "\"]\n---\nShort.\n\n"
          + "## Q? {#q}\n\nText.\n");
    }
    LoadedContent loaded = new ContentLoader(content, "content").load(new Diagnostics())
        .orElseThrow();
    return Site.of(loaded.config(),
        loaded.explainers().stream().map(LoadedExplainer::explainer).toList(), Map.of());
  }

  private static Map<String, byte[]> written(Site site, int perFile) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    SitemapWriter.write(site, Map.of("people/index.html", SitemapWriter.newest(site.explainers())),
        files::put, perFile);
    return files;
  }

  private static Document xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  private static List<String> texts(Document xml, String element) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = xml.getElementsByTagName(element);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void aSiteWithMoreAddressesThanAFileMayListGetsAnIndexOfParts() throws Exception {
    Site site = site();
    Map<String, byte[]> whole = written(site, SitemapWriter.MOST_PER_FILE);
    assertEquals(List.of("sitemap.xml"), List.copyOf(whole.keySet()));
    Document one = xml(whole.get("sitemap.xml"));
    List<String> every = texts(one, "loc");
    // Home, seven explainers, two topics, the people page.
    assertEquals(11, every.size());

    Map<String, byte[]> split = written(site, 3);
    assertEquals(List.of("sitemap.xml", "sitemaps/sitemap-1.xml", "sitemaps/sitemap-2.xml",
        "sitemaps/sitemap-3.xml", "sitemaps/sitemap-4.xml"), List.copyOf(split.keySet()));
    Document index = xml(split.get("sitemap.xml"));
    assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
    assertEquals(List.of(BASE + "sitemaps/sitemap-1.xml", BASE + "sitemaps/sitemap-2.xml",
        BASE + "sitemaps/sitemap-3.xml", BASE + "sitemaps/sitemap-4.xml"), texts(index, "loc"));
    Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(SitemapWriterTest.class.getResource("/sitemap-0.9.xsd")).newValidator();
    List<String> read = new ArrayList<>();
    NodeList parts = index.getElementsByTagName("sitemap");
    for (int n = 1; n <= 4; n++) {
      byte[] bytes = split.get("sitemaps/sitemap-" + n + ".xml");
      validator.validate(new StreamSource(new ByteArrayInputStream(bytes)));
      Document part = xml(bytes);
      List<String> locs = texts(part, "loc");
      assertTrue(locs.size() <= 3, "part " + n + " lists " + locs.size());
      read.addAll(locs);
      String newest = texts(part, "lastmod").stream().max(String::compareTo).orElseThrow();
      assertEquals(newest, ((Element) parts.item(n - 1)).getElementsByTagName("lastmod").item(0)
          .getTextContent(), "part " + n + " is dated by its newest change");
    }
    assertEquals(every, read, "the parts in order list what the one file does");
  }
}
