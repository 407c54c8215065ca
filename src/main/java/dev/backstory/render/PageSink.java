package dev.backstory.render;

import java.io.IOException;

/** Where rendered pages go: the write phase's staging folder, or nowhere for a check. */
@FunctionalInterface
public interface PageSink {
  /** @param outputPath where the page lives in the output, with {@code /} separators */
  void write(String outputPath, byte[] content) throws IOException;
}
