package dev.backstory.model;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The site's published address, {@code baseUrl} or {@code --base-url}: every absolute URL of
 * the site (canonical links, feeds, the sitemap) starts with it, so it must name the folder
 * the site is served from, and nothing a reader should not see.
 */
public final class PublishedAddress {

  private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^/?#]+.*");
  /** The last part of a path that names a page rather than a folder, such as index.html. */
  private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml",
      "php", "asp", "aspx", "jsp", "xml", "json", "txt", "rss", "atom");
  /** The highest port there is; a URI takes any number. */
  private static final int LAST_PORT = 65_535;
  private static final String NOT_AN_ADDRESS =
      "is not an absolute http or https address, such as https://example.org/explainers/";

  private PublishedAddress() {}

  /**
   * The address as a site needs it, ending in {@code /}, or empty when {@code url} is not the
   * address of a folder served over http or https (see {@link #problem}). Scheme and host are
   * given in lower case, and a domain or path in another script in its ASCII form
   * ({@code xn--} labels, percent escapes), which sitemaps and feeds require.
   */
  public static Optional<String> of(String url) {
    String withSlash = url.endsWith("/") ? url : url + "/";
    try {
      URI uri = new URI(withSlash);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null
          || uri.getRawUserInfo() != null || uri.getRawQuery() != null
          || uri.getRawFragment() != null || namesAPage(url) || uri.getPort() > LAST_PORT
          || uri.getPort() == 0
          || !isPlainPath(uri)) {
        return Optional.empty();
      }
      String ascii = scheme + "://" + IDN.toASCII(withoutDefaultPort(uri, scheme))
          .toLowerCase(Locale.ROOT) + uri.getRawPath();
      URI checked = new URI(new URI(ascii).toASCIIString());
      return checked.getHost() == null ? Optional.empty() : Optional.of(checked.toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      // not an address, or a domain no ASCII form can spell
      return Optional.empty();
    }
  }

  /**
   * The authority without a port that says nothing: the scheme's own (443 for https, 80 for
   * http) or none after the colon. Readers' browsers leave it out, so the site's canonical
   * addresses must too.
   */
  private static String withoutDefaultPort(URI uri, String scheme) {
    String authority = uri.getRawAuthority();
    int port = uri.getPort();
    if ((scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80)) {
      return authority.substring(0, authority.lastIndexOf(':'));
    }
    return authority.endsWith(":") ? authority.substring(0, authority.length() - 1) : authority;
  }

  /** Why {@link #of} refuses {@code url}, to follow the name of the setting in a message. */
  public static String problem(String url) {
    if (!WEB_ADDRESS.matcher(url).matches()) {
      return NOT_AN_ADDRESS;
    }
    if (holdsCredentials(url)) {
      return "holds a user name or password, which every page would publish in its links, "
          + "feeds and sitemap; give the address readers use";
    }
    if (url.chars().anyMatch(Character::isWhitespace)) {
      return "has a space in it; write a space in a path as %20";
    }
    if (url.indexOf('?') >= 0 || url.indexOf('#') >= 0) {
      return "has a query (`?`) or fragment (`#`), which no address of a page may carry on from "
          + "it; give the address of the folder the site is served from";
    }
    if (namesAPage(url)) {
      return "names a page, not the folder the site is served from; write "
          + url.substring(0, url.lastIndexOf('/') + 1);
    }
    try {
      URI uri = new URI(url);
      if (uri.getPort() > LAST_PORT) {
        return "has port " + uri.getPort() + ", past the last there is (" + LAST_PORT + ")";
      }
      if (uri.getPort() == 0) {
        return "has port 0, which no server listens on";
      }
      if (!isPlainPath(uri)) {
        return "has `//`, `./` or `../` in its path; write the path as readers' browsers show it";
      }
    } catch (URISyntaxException e) {
      // told below, as any address that is not one
    }
    return NOT_AN_ADDRESS;
  }

  /**
   * Whether {@code url} names a user, and perhaps a password, before its host
   * ({@code https://desk:secret@staging.example.org/}): as {@code baseUrl} it would be printed
   * into every page's canonical link, the feeds and the sitemap.
   */
  static boolean holdsCredentials(String url) {
    try {
      return new URI(url).getRawUserInfo() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Whether the path is as a browser shows it: no {@code //}, {@code ./} or {@code ../}. */
  private static boolean isPlainPath(URI uri) {
    return !uri.getRawPath().contains("//")
        && uri.getRawPath().equals(uri.normalize().getRawPath());
  }

  /** Whether the path ends in a page's file name, such as {@code /news/index.html}. */
  private static boolean namesAPage(String url) {
    int pathStart = url.indexOf('/', url.indexOf("://") + 3);
    if (pathStart < 0 || url.endsWith("/")) {
      return false;
    }
    String last = url.substring(url.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    return dot > 0 && PAGE_EXTENSIONS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
