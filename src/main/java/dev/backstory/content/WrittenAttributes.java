package dev.backstory.content;

import com.vladsch.flexmark.ext.attributes.AttributeNode;
import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The attributes an editor may set with the attributes syntax ({@code {#id .class lang=fr}}).
 * That syntax writes HTML attributes straight onto the page, past every check the Markdown
 * itself goes through: an {@code href} there would replace an address the link check has
 * passed, an {@code on*} handler or a {@code style} would be script or styling that
 * {@code rawHtml: escape} and {@code sanitize} are there to keep out. So it may set only
 * attributes that describe the text, in every {@code rawHtml} mode.
 */
final class WrittenAttributes {

  private static final Set<String> ALLOWED = Set.of("id", "class", "lang", "dir", "title",
      "width", "height", "target", "rel", "role");
  private static final String ALLOWED_LIST =
      "`#id`, `.class`, `lang`, `dir`, `title`, `width`, `height`, `target`, `rel`, `role`, "
          + "`aria-*` and `data-*`";
  /** Kramdown's {@code {: .note}} reads as an attribute named ":"; it marks the braces only. */
  private static final String KRAMDOWN_MARK = ":";

  private WrittenAttributes() {}

  /** What is wrong with {@code attribute}, written at {@code position}, if anything. */
  static Optional<Diagnostic> check(AttributeNode attribute, SourcePosition position) {
    String written = attribute.getName().toString();
    String name = written.toLowerCase(Locale.ROOT);
    if (ALLOWED.contains(name) && attribute.getValue().isBlank()) {
      // `{#bad id}` reads as the id `bad` and an attribute `id` of no value: the word is lost.
      return error(position, "`%s` in `{…}` has no value: an id is one word (`{#a-b}`), and "
          + "`%s` needs one, as in `%s=\"...\"`", written, written, written);
    }
    if (attribute.isId() || attribute.isClass() || ALLOWED.contains(name)
        || name.equals(KRAMDOWN_MARK) || name.startsWith("aria-") || name.startsWith("data-")) {
      return Optional.empty();
    }
    if (name.startsWith(KRAMDOWN_MARK)) {
      // Kramdown reads {:.note} as {: .note}; Flexmark reads one attribute named ":.note".
      return error(position, "`{%s` needs a space after the colon (`{: %s`) to read as "
          + "kramdown's attributes", written, written.substring(1));
    }
    if (name.startsWith("on")) {
      return error(position, "`%s` in `{…}` would run a script in readers' browsers", written);
    }
    if (name.equals("style")) {
      return error(position, "`style` in `{…}` would style this text past the site's "
          + "stylesheet; give it a `.class` instead");
    }
    if (name.equals("href") || name.equals("src")) {
      return error(position, "`%s` in `{…}` would replace the address the link check has "
          + "passed; write the address in the link or image itself", written);
    }
    // Braces in prose read as attributes too, and their words vanish from the page.
    return error(position, "`{…}` reads as attributes and may set only %s; `%s` is not one of "
        + "them (to show the braces as text, write `\\{`)", ALLOWED_LIST, written);
  }

  private static Optional<Diagnostic> error(SourcePosition position, String format,
      Object... args) {
    return Optional.of(Diagnostic.error(position, format, args));
  }
}
