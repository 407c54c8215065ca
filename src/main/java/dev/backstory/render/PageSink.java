package dev.backstory.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Where rendered pages go: the write phase's staging folder, or nowhere for a check. */
@FunctionalInterface
public interface PageSink {
  /** @param outputPath where the page lives in the output, with {@code /} separators */
  void write(String outputPath, byte[] content) throws IOException;

  /**
   * Writes a file as it is made, for files that grow with the whole site (the search index):
   * holding such a file in memory, as text and then as bytes, is what a big site cannot
   * afford. A sink that keeps pages in memory collects the bytes.
   */
  default void stream(String outputPath, FileContent content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    content.writeTo(bytes);
    write(outputPath, bytes.toByteArray());
  }

  /** The content of a file, written to a stream. */
  @FunctionalInterface
  interface FileContent {
    void writeTo(OutputStream out) throws IOException;
  }
}
