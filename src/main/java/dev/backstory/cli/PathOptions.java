package dev.backstory.cli;

import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
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

  /** Null when neither is given. */
  @ArgGroup(exclusive = true)
  Verbosity verbosity;

  /** Opposites, so giving both is a usage error rather than one of them quietly winning. */
  static final class Verbosity {
    @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print how long each phase took.")
    boolean verbose;
  }

  boolean quiet() {
    return verbosity != null && verbosity.quiet;
  }

  boolean verbose() {
    return verbosity != null && verbosity.verbose;
  }
}
