package dev.backstory.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns headings, tags and titles into ids and URL names.
 *
 * <p>Letters and digits of every script are kept (Korean and Cyrillic stay readable), Latin
 * accents are folded ("Pyŏngyang" gives "pyongyang") and the marks of other scripts kept, as
 * they spell the word (Hindi's vowel signs, the voicing marks of Japanese kana, Russian's
 * "й"). Pictographs such as emoji become their Unicode names, so "🚀 launch" and "launch" do
 * not collide, and a flag its country's letters. Everything else separates words: "+", "$"
 * and "°" read better dropped than spelled out ("plus-sign").
 * The result is never empty: text with nothing to keep gives {@link #FALLBACK}, and never longer
 * than {@link #MAX_BYTES}.
 */
public final class Slugs {

  /** The slug of text that has no letter, digit or symbol in it. */
  public static final String FALLBACK = "section";

  /**
   * The most bytes a slug takes in UTF-8. Slugs name folders and files ({@code people/<slug>/},
   * {@code downloads/<slug>.html}), and file systems refuse names over 255 bytes; a symbol's
   * name makes a few characters many (U+FFFD gives "replacement-character").
   */
  public static final int MAX_BYTES = 200;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");
  /** Where the pictographs start: arrows, dingbats, emoji. Before it, © and ° are symbols too. */
  private static final int FIRST_PICTOGRAPH = 0x2190;
  private static final int REGIONAL_INDICATOR_A = 0x1F1E6;
  private static final int REGIONAL_INDICATOR_Z = 0x1F1FF;

  private Slugs() {}

  public static String of(String text) {
    String folded = foldAccents(text);
    StringBuilder slug = new StringBuilder(folded.length());
    folded.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp) || isMark(cp)) {
        slug.appendCodePoint(Character.toLowerCase(cp));
      } else if (cp >= REGIONAL_INDICATOR_A && cp <= REGIONAL_INDICATOR_Z) {
        // A flag is two of them, one for each letter of its country's code: 🇰🇵 gives "kp".
        slug.append((char) ('a' + cp - REGIONAL_INDICATOR_A));
      } else if (isPictograph(cp)) {
        String name = Character.getName(cp);
        appendSeparator(slug);
        slug.append(name == null ? Integer.toHexString(cp) : name.toLowerCase(Locale.ROOT));
        appendSeparator(slug);
      } else if (cp != '\'' && cp != '\u2019') {
        // Apostrophes join ("Kim's" gives "kims"); all other marks separate words.
        appendSeparator(slug);
      }
    });
    String collapsed = EDGE_DASHES.matcher(
        NON_WORD.matcher(slug).replaceAll("-")).replaceAll("");
    return collapsed.isEmpty() ? FALLBACK : shortened(collapsed);
  }

  /** The slug cut to {@link #MAX_BYTES}, after its last whole word where that keeps half. */
  private static String shortened(String slug) {
    int bytes = 0;
    int end = 0;
    while (end < slug.length()) {
      int cp = slug.codePointAt(end);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes > MAX_BYTES) {
        int lastDash = slug.lastIndexOf('-', end);
        return slug.substring(0, lastDash > end / 2 ? lastDash : end).replaceFirst("-$", "");
      }
      end += Character.charCount(cp);
    }
    return slug;
  }

  /**
   * The text with the marks on Latin letters taken off, and the marks on other letters kept
   * where they follow one; a mark after a space or a symbol is dropped.
   */
  private static String foldAccents(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    boolean keepMarks = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      if (!isMark(cp)) {
        keepMarks = Character.isLetterOrDigit(cp)
            && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN;
        folded.appendCodePoint(cp);
      } else if (keepMarks) {
        folded.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    // Recompose: Hangul syllables, split into jamo, and letters with their kept marks.
    return Normalizer.normalize(folded, Normalizer.Form.NFC);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isPictograph(int cp) {
    return cp >= FIRST_PICTOGRAPH && Character.getType(cp) == Character.OTHER_SYMBOL;
  }

  private static void appendSeparator(StringBuilder slug) {
    slug.append(' ');
  }
}
