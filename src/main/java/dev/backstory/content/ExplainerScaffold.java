package dev.backstory.content;

import dev.backstory.model.Slugs;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The starting text of a new explainer: front matter with the title and date filled in and
 * two example question sections, so a writer begins from a file that already builds.
 */
public final class ExplainerScaffold {

  private ExplainerScaffold() {}

  /** The slug a title gives the new explainer, such as {@code why-is-x-happening}. */
  public static String slug(String title) {
    return Slugs.of(title);
  }

  /** The file name a title gets, such as {@code why-is-x-happening.md}. */
  public static String fileName(String title) {
    return slug(title) + ".md";
  }

  public static String text(String title, LocalDate date) {
    return String.format(Locale.ROOT, """
        ---
        title: %s
        dek: ""
        authors: []
        date: %s
        tags: []
        ---
        The short answer: two or three sentences that answer the headline on their own.

        ## What happened? {#what-happened}

        The news itself, in plain words: who did what, when and where.

        ## Why does it matter? {#why-it-matters}

        What changes for the people involved, and what to watch for next.
        """, quoted(title), date);
  }

  /** A YAML double-quoted scalar: only backslash, quote and control characters need escapes. */
  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      if (c == '"' || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\x%02x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }
}
