package dev.backstory.model;

import java.util.Map;
import java.util.Objects;

/**
 * Site-wide settings from {@code content/site.yaml}; every field has a default.
 *
 * @param checks the level of each editorial check the site set; unset checks are warnings
 */
public record SiteConfig(
    String title, String description, String baseUrl, String language, String publisher,
    Map<EditorialCheck, CheckLevel> checks) {

  public static final SiteConfig DEFAULTS =
      new SiteConfig("Explainers", "Questions and answers on the news.", "", "en", "");

  public SiteConfig {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(publisher, "publisher");
    checks = Map.copyOf(checks);
  }

  /** Settings with every editorial check at its default level. */
  public SiteConfig(
      String title, String description, String baseUrl, String language, String publisher) {
    this(title, description, baseUrl, language, publisher, Map.of());
  }

  /** How the site wants findings of {@code check} to count. */
  public CheckLevel level(EditorialCheck check) {
    return checks.getOrDefault(check, CheckLevel.WARNING);
  }

  /** The same settings with another base URL, as {@code --base-url} asks; ends with {@code /}. */
  public SiteConfig withBaseUrl(String url) {
    String normalised = url.isEmpty() || url.endsWith("/") ? url : url + "/";
    return new SiteConfig(title, description, normalised, language, publisher, checks);
  }
}
