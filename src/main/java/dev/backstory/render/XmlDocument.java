package dev.backstory.render;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One XML document written to bytes, as feeds and the sitemap need: the declaration, a root
 * element in its default namespace, what the caller writes inside it, and the closing. The
 * writer escapes all text, so no content can break the document.
 */
final class XmlDocument {

  /** Writes the root element's content. */
  @FunctionalInterface
  interface Content {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private XmlDocument() {}

  static byte[] write(String root, String namespace, Content content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement(root);
      xml.writeDefaultNamespace(namespace);
      content.write(xml);
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the <" + root + "> document", e);
    }
    return bytes.toByteArray();
  }
}
