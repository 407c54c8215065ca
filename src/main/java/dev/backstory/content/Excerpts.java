package dev.backstory.content;

import java.util.regex.Pattern;

/**
 * Cuts plain text into sentences: the first ones of a section for link previews, and the one
 * around a link for backlinks. A sentence ends at {@code .}, {@code ?} or {@code !} followed by
 * a space; good enough for prose, and it never cuts inside a word.
 */
final class Excerpts {

  private static final Pattern SPACE = Pattern.compile("\\s");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** How much of a section a preview shows: whole sentences up to about this many characters. */
  static final int PREVIEW_LENGTH = 220;

  private Excerpts() {}

  /** Adds sentences of {@code paragraph} to {@code excerpt} while it is shorter than a preview. */
  static void extend(StringBuilder excerpt, String paragraph) {
    if (excerpt.length() >= PREVIEW_LENGTH / 2) {
      return;
    }
    String text = SPACES.matcher(paragraph.strip()).replaceAll(" ");
    int from = 0;
    while (excerpt.length() < PREVIEW_LENGTH / 2 && from < text.length()) {
      int end = sentenceEnd(text, from);
      String sentence = text.substring(from, end).strip();
      if (excerpt.length() > 0 && excerpt.length() + sentence.length() > PREVIEW_LENGTH) {
        return;
      }
      excerpt.append(excerpt.length() > 0 ? " " : "").append(sentence);
      from = end;
    }
  }

  /** The sentence of {@code text} that holds the character at {@code index}. */
  static String sentenceAround(String text, int index) {
    // One space for each whitespace character, so that index still points into the text.
    String flat = SPACE.matcher(text).replaceAll(" ");
    int start = 0;
    while (true) {
      int end = sentenceEnd(flat, start);
      if (end > index || end >= flat.length()) {
        return SPACES.matcher(flat.substring(start, end).strip()).replaceAll(" ");
      }
      start = end;
    }
  }

  private static int sentenceEnd(String text, int from) {
    for (int i = from; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ' && i > from) {
        return i + 1;
      }
    }
    return text.length();
  }
}
