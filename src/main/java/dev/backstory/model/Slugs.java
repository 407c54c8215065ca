package dev.backstory.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns headings, tags and titles into ids and URL names.
 *
 * <p>Letters and digits of every script are kept (Korean and Cyrillic stay readable), Latin
 * accents are folded ("Pyŏngyang" gives "pyongyang"), and symbols such as emoji become their
 * Unicode names, so "🚀 launch" and "launch" do not collide. Everything else separates words.
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

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Slugs() {}

  public static String of(String text) {
    String folded = foldAccents(text);
    StringBuilder slug = new StringBuilder(folded.length());
    folded.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        slug.appendCodePoint(Character.toLowerCase(cp));
      } else if (isSymbol(cp)) {
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

  private static String foldAccents(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    // Recompose so that Hangul syllables, split into jamo by NFKD, come back whole.
    return Normalizer.normalize(bare, Normalizer.Form.NFC);
  }

  private static boolean isSymbol(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL
        || type == Character.CURRENCY_SYMBOL;
  }

  private static void appendSeparator(StringBuilder slug) {
    slug.append(' ');
  }
}
