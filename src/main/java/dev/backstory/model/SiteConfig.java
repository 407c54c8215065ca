package dev.backstory.model;

import dev.backstory.diag.Severity;
import java.util.Map;
import java.util.Objects;

/**
 * Site-wide settings from {@code content/site.yaml}; every field has a default.
 *
 * @param checks the level of each editorial check the site set; unset checks are warnings
 * @param unsafeLinks how a {@code javascript:}, {@code vbscript:} or {@code data:} link is
 *     reported; either way it never reaches a page
 * @param rawHtml what happens to HTML written inside Markdown
 */
public record SiteConfig(
    String title, String description, String baseUrl, String language, String publisher,
    Map<EditorialCheck, CheckLevel> checks, Severity unsafeLinks, RawHtml rawHtml) {

  public static final SiteConfig DEFAULTS =
      new SiteConfig("Explainers", "Questions and answers on the news.", "", "en", "");

  public SiteConfig {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(publisher, "publisher");
    checks = Map.copyOf(checks);
    Objects.requireNonNull(unsafeLinks, "unsafeLinks");
    Objects.requireNonNull(rawHtml, "rawHtml");
  }

  /** Settings with the default safety options: unsafe links are errors, raw HTML is allowed. */
  public SiteConfig(String title, String description, String baseUrl, String language,
      String publisher, Map<EditorialCheck, CheckLevel> checks) {
    this(title, description, baseUrl, language, publisher, checks, Severity.ERROR, RawHtml.ALLOW);
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
    return new SiteConfig(title, description, normalised, language, publisher, checks,
        unsafeLinks, rawHtml);
  }
}
