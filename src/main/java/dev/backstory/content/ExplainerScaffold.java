package dev.backstory.content;

import dev.backstory.model.Slugs;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The starting text of a new explainer: front matter with the title and date filled in and
 * two example question sections, so a writer begins from a file that already builds.
 */
public final class ExplainerScaffold {

  /**
   * The paragraphs written where the writer's own words go. A build warns of each left as it
   * is: published, it would read as a page left unfinished.
   */
  static final List<String> PLACEHOLDERS = List.of(
      "The short answer: two or three sentences that answer the headline on their own.",
      "The news itself, in plain words: who did what, when and where.",
      "What changes for the people involved, and what to watch for next.");

  private ExplainerScaffold() {}

  /** Whether a paragraph, as written, is one of {@link #PLACEHOLDERS}. */
  static boolean isPlaceholder(CharSequence paragraph) {
    for (String placeholder : PLACEHOLDERS) {
      // Most paragraphs differ in length: their text is not looked at.
      if (paragraph.length() == placeholder.length() && placeholder.contentEquals(paragraph)) {
        return true;
      }
    }
    return false;
  }

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
        %s

        ## What happened? {#what-happened}

        %s

        ## Why does it matter? {#why-it-matters}

        %s
        """, quoted(title), date, PLACEHOLDERS.get(0), PLACEHOLDERS.get(1), PLACEHOLDERS.get(2));
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
