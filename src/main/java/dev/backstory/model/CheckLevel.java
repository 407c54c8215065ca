package dev.backstory.model;

import java.util.Locale;
import java.util.Optional;

/** How an editorial check's findings count: as errors, as warnings, or not at all. */
public enum CheckLevel {
  ERROR,
  WARNING,
  OFF;

  /** The level written in {@code site.yaml}: {@code error}, {@code warning} or {@code off}. */
  public static Optional<CheckLevel> parse(String text) {
    for (CheckLevel level : values()) {
      if (level.name().toLowerCase(Locale.ROOT).equals(text)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
