package dev.backstory.model;

import java.time.LocalDate;
import java.util.Objects;

/** An entry in an explainer's corrections log. */
public record Correction(LocalDate date, Kind kind, String text) {

  /** What sort of change the note records. */
  public enum Kind {
    CORRECTION,
    CLARIFICATION,
    UPDATE
  }

  public Correction {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
