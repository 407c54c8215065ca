package dev.backstory.build;

import dev.backstory.model.PublicationPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What to build and where.
 *
 * @param write false to render every page but write none, as {@code check} does
 * @param baseUrl the site's public address, overriding {@code baseUrl} in {@code site.yaml};
 *     null to keep that
 * @param publication which explainers are published (drafts, future dates)
 * @param strict count every warning as an error, as a review that allows none wants
 * @param pageTimeLimit how long one page may take to render before it is stopped as an error
 *     in its layout: {@link #PAGE_TIME_LIMIT}, shorter only in tests
 */
public record BuildOptions(Path content, Path templates, Path output, boolean write,
    String baseUrl, PublicationPolicy publication, boolean strict, Duration pageTimeLimit) {

  /**
   * Far more than a page takes to render (the pages of a 10,000-explainer site take
   * milliseconds each), so only a layout that goes round without end, or as good as, reaches
   * it; and short enough that a writer who saved one is told before giving up on the preview.
   */
  public static final Duration PAGE_TIME_LIMIT = Duration.ofSeconds(60);

  public BuildOptions {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(pageTimeLimit, "pageTimeLimit");
  }

  /** Counts warnings as warnings. */
  public BuildOptions(Path content, Path templates, Path output, boolean write,
      String baseUrl, PublicationPolicy publication) {
    this(content, templates, output, write, baseUrl, publication, false, PAGE_TIME_LIMIT);
  }

  /** The same options, with warnings counted as errors or not. */
  public BuildOptions strictly(boolean countWarningsAsErrors) {
    return new BuildOptions(content, templates, output, write, baseUrl, publication,
        countWarningsAsErrors, pageTimeLimit);
  }

  /** The same options, with another address for the site. */
  public BuildOptions withBaseUrl(String address) {
    return new BuildOptions(content, templates, output, write, address, publication, strict,
        pageTimeLimit);
  }

  /** The same options, with another time a page may take to render. */
  public BuildOptions withPageTimeLimit(Duration limit) {
    return new BuildOptions(content, templates, output, write, baseUrl, publication, strict,
        limit);
  }

  /** Publishes what is not a draft and is dated today or earlier. */
  public BuildOptions(Path content, Path templates, Path output, boolean write) {
    this(content, templates, output, write, null,
        new PublicationPolicy(false, false, null));
  }
}
