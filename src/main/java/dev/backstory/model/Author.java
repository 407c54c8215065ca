package dev.backstory.model;

import java.util.Objects;

/** A byline name, with an optional profile link and role. */
public record Author(String name, String url, String role) {
  public Author {
    Objects.requireNonNull(name, "name");
  }
}
