package dev.backstory.model;

import java.util.Locale;
import java.util.Set;

/**
 * Which way a language's text runs, for a page's {@code dir}: a browser lays out an Arabic or
 * Hebrew page from the right only when told to, and puts the punctuation of each line at the
 * wrong end otherwise.
 */
public final class WritingDirection {

  /** ISO 15924 scripts written from right to left, as a tag such as {@code ks-Arab} names them. */
  private static final Set<String> RIGHT_TO_LEFT_SCRIPTS = Set.of(
      "Adlm", "Arab", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi");

  /**
   * Languages whose usual script runs from right to left, for a tag that names no script.
   * {@code iw} and {@code ji} are Hebrew's and Yiddish's old codes, still in use.
   */
  private static final Set<String> RIGHT_TO_LEFT_LANGUAGES = Set.of(
      "ar", "arc", "azb", "bal", "bqi", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "khw", "ks",
      "lrc", "mzn", "nqo", "pnb", "prs", "ps", "sd", "sdh", "syr", "ug", "ur", "yi");

  private WritingDirection() {}

  /** {@code rtl} or {@code ltr}, for a BCP 47 tag: its script decides, else its language. */
  public static String of(String languageTag) {
    Locale locale = Locale.forLanguageTag(languageTag);
    boolean rightToLeft = locale.getScript().isEmpty()
        ? RIGHT_TO_LEFT_LANGUAGES.contains(locale.getLanguage())
        : RIGHT_TO_LEFT_SCRIPTS.contains(locale.getScript());
    return rightToLeft ? "rtl" : "ltr";
  }
}
