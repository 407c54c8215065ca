package dev.backstory.model;

import java.time.LocalDate;
import java.util.Objects;

/** A work the explainer draws on, listed under "Sources". Everything but the title is optional. */
public record SourceRef(String title, String url, String publisher, LocalDate date) {
  public SourceRef {
    Objects.requireNonNull(title, "title");
  }
}
