package dev.backstory.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folders every command works on, with the defaults of a Backstory project. */
final class PathOptions {

  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Folder of Markdown explainers (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
      description = "Folder of FreeMarker layouts and assets/ (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "site",
      description = "Folder the site is written to, replaced whole on success "
          + "(default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Also print how long each phase took.")
  boolean verbose;
}
