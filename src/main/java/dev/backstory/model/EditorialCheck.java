package dev.backstory.model;

import java.util.Arrays;
import java.util.List;

/**
 * The editorial checks a site can tune in {@code site.yaml} under {@code checks:}. Each finds
 * something a style guide frowns on but a reader could live with, so each is a warning unless
 * the site says otherwise.
 */
public enum EditorialCheck {
  QUESTION_MARK("question-mark"),
  MISSING_DEK("missing-dek"),
  MISSING_BYLINE("missing-byline"),
  UPDATED_BEFORE_DATE("updated-before-date"),
  EARLY_DATE("early-date"),
  IMAGE_ALT("image-alt"),
  IMAGE_CREDIT("image-credit"),
  VAGUE_LINK_TEXT("vague-link-text"),
  TITLE_LENGTH("title-length"),
  DEK_LENGTH("dek-length"),
  NO_CROSS_LINK("no-cross-link"),
  TAG_SPELLING("tag-spelling"),
  WINDOWS_NAME("windows-name");

  /** Longest title, in characters, before {@link #TITLE_LENGTH} speaks up. */
  public static final int TITLE_LIMIT = 120;
  /** Longest dek, in characters, before {@link #DEK_LENGTH} speaks up. */
  public static final int DEK_LIMIT = 300;
  /**
   * The first year {@link #EARLY_DATE} takes for a publication date: one before it is a
   * mistyped year ({@code 0223} for {@code 2023}), which would sort the piece last of all.
   */
  public static final int FIRST_YEAR = 1000;

  private final String key;

  EditorialCheck(String key) {
    this.key = key;
  }

  /** The name used in {@code site.yaml} and printed after each finding. */
  public String key() {
    return key;
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(EditorialCheck::key).toList();
  }
}
