package dev.backstory.model;

import java.util.List;
import java.util.Objects;

/** A tag and the explainers that carry it, newest first (by slug, not by reference). */
public record Topic(String slug, String name, List<String> explainerSlugs) {
  public Topic {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    explainerSlugs = List.copyOf(explainerSlugs);
  }
}
