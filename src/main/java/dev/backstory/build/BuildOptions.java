package dev.backstory.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build and where.
 *
 * @param write false to stop after the resolve phase, as {@code check} does
 */
public record BuildOptions(Path content, Path templates, Path output, boolean write) {
  public BuildOptions {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(output, "output");
  }
}
