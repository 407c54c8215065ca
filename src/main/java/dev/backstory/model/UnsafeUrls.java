package dev.backstory.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * URLs that a browser would run as script or open as an inline document rather than follow:
 * {@code javascript:}, {@code vbscript:} and {@code data:}. A link in an explainer is content,
 * so such a URL is refused wherever it is written (Markdown links and images, front matter).
 */
public final class UnsafeUrls {

  private static final Set<String> SCHEMES = Set.of("javascript", "vbscript", "data");

  private UnsafeUrls() {}

  /**
   * The unsafe scheme of {@code url}, lowercase, if it has one. Reads the URL the way a
   * browser does: leading spaces and control characters are skipped, and tabs and newlines
   * anywhere are ignored, so {@code " Java\tScript:"} is caught too.
   */
  public static Optional<String> scheme(String url) {
    StringBuilder scheme = new StringBuilder();
    boolean started = false;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (!started && c <= ' ') {
        continue;
      }
      started = true;
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (c == ':') {
        String name = scheme.toString().toLowerCase(Locale.ROOT);
        return SCHEMES.contains(name) ? Optional.of(name) : Optional.empty();
      }
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')
          || scheme.length() > 16) {
        return Optional.empty();
      }
      scheme.append(c);
    }
    return Optional.empty();
  }

  public static boolean isUnsafe(String url) {
    return scheme(url).isPresent();
  }
}
