package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Diagnostics;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.RawHtml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What in a linked file would run as script. A site copies the files its explainers link to
 * its own address, and an SVG, an XML file or a web page opened there runs its script as the
 * site: where explainers come from writers the site does not trust ({@code rawHtml} other than
 * {@code allow}), such a file is as dangerous as the raw HTML the site refuses.
 */
public final class MediaScripts {

  /** Files a browser opens as a page of the site, with whatever script they hold. */
  private static final Set<String> WEB_PAGES =
      Set.of("html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml");
  /** XML a browser shows by its namespaces, running the script of any SVG or XHTML in it. */
  private static final Set<String> XML =
      Set.of("svg", "xml", "xsl", "xslt", "rss", "atom", "rdf", "mml", "mathml");

  private MediaScripts() {}

  /** A place in the file and what is there. */
  private record Finding(SourcePosition position, String what) {}

  /**
   * Reports each web page among {@code mediaFiles}, and each SVG or XML file that holds
   * script, unless the site trusts its writers with raw HTML.
   *
   * @param displayRoot how messages name the content folder, such as {@code content}
   */
  public static void check(Collection<String> mediaFiles, ContentFiles files, String displayRoot,
      RawHtml rawHtml, Diagnostics diagnostics) throws IOException {
    if (rawHtml == RawHtml.ALLOW) {
      return;
    }
    String mode = rawHtml.name().toLowerCase(Locale.ROOT);
    for (String media : mediaFiles) {
      String extension = media.substring(media.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      String displayName = displayRoot + "/" + media;
      if (WEB_PAGES.contains(extension)) {
        diagnostics.add(Diagnostic.error(SourcePosition.startOf(displayName), "this web page "
            + "would run its script as the site when opened from it; with `rawHtml: %s` the "
            + "site does not trust its writers' markup, so link to it where it is published "
            + "elsewhere, or make it a PDF", mode));
      } else if (XML.contains(extension)) {
        find(files.file(media), displayName).ifPresent(found -> diagnostics.add(
            Diagnostic.error(found.position(), "this %s holds %s, which would run as the site "
                + "when the file is opened from it; with `rawHtml: %s` the site does not trust "
                + "its writers' markup, so remove it", extension.equals("svg") ? "SVG" : "XML file",
                found.what(), mode)));
      }
    }
  }

  /**
   * The first thing in {@code file} that could run script, or empty. A file that is not
   * well-formed XML has none: a browser shows it as an error, running nothing.
   *
   * @param displayName how messages name the file, such as {@code content/images/map.svg}
   */
  private static Optional<Finding> find(Path file, String displayName) throws IOException {
    Finder finder = new Finder(displayName);
    try (InputStream in = Files.newInputStream(file)) {
      parser().parse(in, finder);
    } catch (Found found) {
      return Optional.of(found.finding);
    } catch (SAXException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Reads no external file or DTD, and expands no entities beyond the JDK's secure limits. */
  private static SAXParser parser() throws IOException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
    }
  }

  private static final class Found extends SAXException {
    final Finding finding;

    Found(Finding finding) {
      this.finding = finding;
    }
  }

  private static final class Finder extends DefaultHandler {
    private final String displayName;
    private Locator locator;

    Finder(String displayName) {
      this.displayName = displayName;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      String element = localName.toLowerCase(Locale.ROOT);
      if (element.equals("script") || element.equals("foreignobject")) {
        throw found("a <" + localName + "> element");
      }
      for (int i = 0; i < attributes.getLength(); i++) {
        String name = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          throw found("an `" + attributes.getQName(i) + "` attribute");
        }
        // The parser has decoded entities; browsers also skip spaces and controls in a scheme.
        String value = attributes.getValue(i).replaceAll("[\\s\\p{Cntrl}]", "")
            .toLowerCase(Locale.ROOT);
        if (value.contains("javascript:") || value.contains("vbscript:")
            || value.contains("data:text/html")) {
          throw found("a script address in `" + attributes.getQName(i) + "`");
        }
      }
    }

    private Found found(String what) {
      return new Found(new Finding(new SourcePosition(displayName,
          Math.max(1, locator.getLineNumber()), Math.max(1, locator.getColumnNumber())), what));
    }
  }
}
