package dev.backstory.model;

import dev.backstory.diag.SourcePosition;
import java.util.Objects;

/** A slug an explainer was published under before, from front matter {@code aliases}. */
public record OldSlug(String slug, SourcePosition position) {
  public OldSlug {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(position, "position");
  }
}
