package dev.backstory.content;

/**
 * Cuts plain text into sentences: the first ones of a section for link previews, and the one
 * around a link for backlinks. A sentence ends at {@code .}, {@code ?} or {@code !} followed by
 * a space; good enough for prose, and it never cuts inside a word.
 */
public final class Excerpts {

  /** How much of a section a preview shows: whole sentences up to about this many characters. */
  static final int PREVIEW_LENGTH = 220;

  private Excerpts() {}

  /** Whether {@code excerpt} takes no more sentences; then a caller need not find the next. */
  static boolean isLongEnough(CharSequence excerpt) {
    return excerpt.length() >= PREVIEW_LENGTH / 2;
  }

  /** Adds sentences of {@code paragraph} to {@code excerpt} while it is shorter than a preview. */
  static void extend(StringBuilder excerpt, String paragraph) {
    if (isLongEnough(excerpt)) {
      return;
    }
    String text = collapseSpaces(paragraph.strip());
    int from = 0;
    while (!isLongEnough(excerpt) && from < text.length()) {
      int end = sentenceEnd(text, from);
      String sentence = text.substring(from, end).strip();
      if (excerpt.length() > 0 && excerpt.length() + sentence.length() > PREVIEW_LENGTH) {
        return;
      }
      excerpt.append(excerpt.length() > 0 ? " " : "").append(sentence);
      from = end;
    }
  }

  /** The first whole sentences of {@code text}, up to about the length of a preview. */
  public static String opening(String text) {
    StringBuilder excerpt = new StringBuilder();
    extend(excerpt, text);
    return excerpt.toString();
  }

  /** The sentence of {@code text} that holds the character at {@code index}. */
  static String sentenceAround(String text, int index) {
    int start = 0;
    while (true) {
      int end = sentenceEnd(text, start);
      if (end > index || end >= text.length()) {
        return collapseSpaces(text.substring(start, end).strip());
      }
      start = end;
    }
  }

  /**
   * Each run of white space as one space. Called for every paragraph and link of a site, so a
   * loop over the characters rather than a regular expression.
   */
  private static String collapseSpaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && !isSpace(text.charAt(i))) {
        i++;
      }
      out.append(text, start, i);
      if (i < text.length()) {
        out.append(' ');
        while (i < text.length() && isSpace(text.charAt(i))) {
          i++;
        }
      }
    }
    return out.toString();
  }

  /** White space as {@code \s} means it in a regular expression: ASCII space, tab, line breaks. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static int sentenceEnd(String text, int from) {
    for (int i = from; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && isSpace(text.charAt(i + 1)) && i > from) {
        return i + 1;
      }
    }
    return text.length();
  }
}
