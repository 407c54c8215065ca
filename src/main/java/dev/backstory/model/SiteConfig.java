package dev.backstory.model;

import dev.backstory.diag.Severity;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Site-wide settings from {@code content/site.yaml}; every field has a default.
 *
 * @param baseUrl the published address of the site root, ending in {@code /}, or empty when
 *     unknown; canonical links, feeds, the sitemap and Open Graph tags need it
 * @param checks the level of each editorial check the site set; unset checks are warnings
 * @param unsafeLinks how a {@code javascript:}, {@code vbscript:} or {@code data:} link is
 *     reported; either way it never reaches a page
 * @param rawHtml what happens to HTML written inside Markdown
 * @param publisherLogo the publisher's logo as an absolute URL or a path under the site root,
 *     or empty
 * @param faqPage whether each explainer's structured data also describes it as an FAQ page
 * @param speakable whether structured data marks the headline and short answer as speakable
 * @param pageSize how many explainers a page of the home page or of a topic lists
 * @param feedSize how many of the newest explainers each feed carries
 * @param labels how the site words what Backstory writes into pages itself
 * @param timeZone where the site's day is told, or null when {@code site.yaml} names none: an
 *     explainer dated after today there is left out (see {@link #today}), and feeds date each
 *     entry at midnight there (at midnight UTC without one)
 */
public record SiteConfig(
    String title, String description, String baseUrl, String language, String publisher,
    Map<EditorialCheck, CheckLevel> checks, Severity unsafeLinks, RawHtml rawHtml,
    String publisherLogo, boolean faqPage, boolean speakable, int pageSize, Labels labels,
    ZoneId timeZone, int feedSize) {

  /** Enough to browse, small enough that a list page stays light however big the site grows. */
  public static final int DEFAULT_PAGE_SIZE = 50;
  /**
   * The newest explainers a feed carries: a reader polls it again and again, so it must stay
   * small however big the archive grows (with every explainer, 1,000 made a 664 KB feed).
   */
  public static final int DEFAULT_FEED_SIZE = 50;

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
    Objects.requireNonNull(publisherLogo, "publisherLogo");
    Objects.requireNonNull(labels, "labels");
    if (pageSize < 1 || feedSize < 1) {
      throw new IllegalArgumentException("pageSize and feedSize must be at least 1: "
          + pageSize + ", " + feedSize);
    }
    if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
      throw new IllegalArgumentException("baseUrl must end with /: " + baseUrl);
    }
  }

  /**
   * Settings with the default safety options (unsafe links are errors, raw HTML is allowed)
   * and no structured-data options.
   */
  public SiteConfig(String title, String description, String baseUrl, String language,
      String publisher, Map<EditorialCheck, CheckLevel> checks) {
    this(title, description, baseUrl, language, publisher, checks, Severity.ERROR, RawHtml.ALLOW,
        "", false, false, DEFAULT_PAGE_SIZE, Labels.ENGLISH, null, DEFAULT_FEED_SIZE);
  }

  /** Settings with every editorial check at its default level. */
  public SiteConfig(
      String title, String description, String baseUrl, String language, String publisher) {
    this(title, description, baseUrl, language, publisher, Map.of());
  }

  /** Today where the site is: in its {@code timeZone}, or the build machine's without one. */
  public LocalDate today() {
    return LocalDate.now(timeZone != null ? timeZone : ZoneId.systemDefault());
  }

  /** How the site wants findings of {@code check} to count. */
  public CheckLevel level(EditorialCheck check) {
    return checks.getOrDefault(check, CheckLevel.WARNING);
  }

  /** The same settings with another base URL, as {@code --base-url} asks; ends with {@code /}. */
  public SiteConfig withBaseUrl(String url) {
    String normalised = url.isEmpty() || url.endsWith("/") ? url : url + "/";
    return new SiteConfig(title, description, normalised, language, publisher, checks,
        unsafeLinks, rawHtml, publisherLogo, faqPage, speakable, pageSize, labels, timeZone,
        feedSize);
  }

  /**
   * The absolute URL of an output file, or empty when the site has no base URL. Folder pages
   * drop their {@code index.html}, as hosts serve them at the folder's address. The URL is in
   * ASCII, a slug or file name in another script percent-encoded, so that a page's canonical
   * address, its feed entry, its structured data and the sitemap (whose protocol takes ASCII
   * alone) all give it the same way.
   */
  public String absolute(String outputPath) {
    if (baseUrl.isEmpty()) {
      return "";
    }
    String path = Routes.relative(Routes.HOME, outputPath);
    boolean folderPage = path.equals(Routes.HOME) || path.endsWith("/" + Routes.HOME);
    String address =
        baseUrl + (folderPage ? path.substring(0, path.length() - Routes.HOME.length()) : path);
    return isAscii(address) ? address : URI.create(address).toASCIIString();
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
