package dev.backstory.build;

import dev.backstory.model.PublicationPolicy;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build and where.
 *
 * @param write false to render every page but write none, as {@code check} does
 * @param baseUrl the site's public address, overriding {@code baseUrl} in {@code site.yaml};
 *     null to keep that
 * @param publication which explainers are published (drafts, future dates)
 * @param strict count every warning as an error, as a review that allows none wants
 */
public record BuildOptions(Path content, Path templates, Path output, boolean write,
    String baseUrl, PublicationPolicy publication, boolean strict) {

  public BuildOptions {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(publication, "publication");
  }

  /** Counts warnings as warnings. */
  public BuildOptions(Path content, Path templates, Path output, boolean write,
      String baseUrl, PublicationPolicy publication) {
    this(content, templates, output, write, baseUrl, publication, false);
  }

  /** The same options, with warnings counted as errors or not. */
  public BuildOptions strictly(boolean countWarningsAsErrors) {
    return new BuildOptions(content, templates, output, write, baseUrl, publication,
        countWarningsAsErrors);
  }

  /** Publishes what is not a draft and is dated today or earlier. */
  public BuildOptions(Path content, Path templates, Path output, boolean write) {
    this(content, templates, output, write, null,
        new PublicationPolicy(false, false, null));
  }
}
