package dev.backstory.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Addresses a page cannot link to as written: a space, {@code |}, {@code {} or an unclosed
 * {@code [} makes an {@code href} invalid HTML, and browsers each repair it their own way.
 * Java's URI parser refuses the same addresses. A file on the writer's own computer
 * ({@code file:///...}, {@code C:\...}) is a valid address, but no reader can open it.
 */
public final class MalformedUrls {

  /** Characters no part of an address may hold as they are; a path or query escapes them. */
  private static final String NEVER_AS_IS = " \"<>\\^`{|}";

  private MalformedUrls() {}

  /** What is wrong with {@code url} and how to write it, or empty when it is a valid address. */
  public static Optional<String> problem(String url) {
    boolean drive = url.length() > 2 && isAsciiLetter(url.charAt(0)) && url.charAt(1) == ':'
        && (url.charAt(2) == '\\' || url.charAt(2) == '/');
    if (drive || url.regionMatches(true, 0, "file:", 0, 5)) {
      return Optional.of("`" + url + "` is a file on this computer, which readers cannot open; "
          + "copy it into the content folder and link to it there");
    }
    try {
      new URI(url);
      return Optional.empty();
    } catch (URISyntaxException e) {
      for (int i = 0; i < url.length(); i++) {
        char c = url.charAt(i);
        if (NEVER_AS_IS.indexOf(c) >= 0 || Character.isISOControl(c)) {
          String shown = c == ' ' ? "a space" : Character.isISOControl(c)
              ? String.format(Locale.ROOT, "the control character U+%04X", (int) c) : "`" + c + "`";
          String escape = i < hostEnd(url) ? "" : String.format(Locale.ROOT, "; write it as %%%02X", (int) c);
          return Optional.of(String.format(Locale.ROOT, "`%s` is not a valid address: %s at character %d%s",
              url, shown, i + 1, escape));
        }
      }
      int at = e.getIndex();
      if (at >= 0 && at < url.length() && url.charAt(at) == '%') {
        return Optional.of(String.format(Locale.ROOT, "`%s` is not a valid address: `%%` at character %d is "
            + "not followed by two hexadecimal digits; write a `%%` itself as %%25", url, at + 1));
      }
      return Optional.of(String.format(Locale.ROOT, "`%s` is not a valid address: %s", url,
          e.getReason().substring(0, 1).toLowerCase(Locale.ROOT) + e.getReason().substring(1)));
    }
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Where the scheme and host end, which no escape can mend, and the path begins. */
  private static int hostEnd(String url) {
    int authority = url.indexOf("//");
    if (authority < 0) {
      return 0;
    }
    for (int i = authority + 2; i < url.length(); i++) {
      if ("/?#".indexOf(url.charAt(i)) >= 0) {
        return i;
      }
    }
    return url.length();
  }
}
