package dev.backstory.cli;

import dev.backstory.model.PublicationPolicy;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** What a build publishes and where the site will live. */
final class PublishOptions {

  @Option(names = "--drafts", description = "Include explainers marked `draft: true`.")
  boolean drafts;

  @Option(names = "--future", description = "Include explainers dated after today.")
  boolean future;

  @Option(names = "--now", paramLabel = "DATE", converter = IsoDate.class,
      description = "Take DATE (YYYY-MM-DD) as today, for --future and `new`.")
  LocalDate now;

  @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrl.class,
      description = "The site's public address, overriding `baseUrl` in site.yaml.")
  String baseUrl;

  /** Which explainers to publish; without --now, today is the site's, once its zone is read. */
  PublicationPolicy policy(boolean includeDrafts) {
    return new PublicationPolicy(drafts || includeDrafts, future, now);
  }
}
