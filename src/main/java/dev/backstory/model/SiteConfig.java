package dev.backstory.model;

import java.util.Objects;

/** Site-wide settings from {@code content/site.yaml}; every field has a default. */
public record SiteConfig(
    String title, String description, String baseUrl, String language, String publisher) {

  public static final SiteConfig DEFAULTS =
      new SiteConfig("Explainers", "Questions and answers on the news.", "", "en", "");

  public SiteConfig {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(publisher, "publisher");
  }
}
