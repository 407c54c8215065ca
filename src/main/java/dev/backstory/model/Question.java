package dev.backstory.model;

import dev.backstory.diag.SourcePosition;
import java.util.Objects;

/**
 * A question section: a {@code ##} heading and what follows it up to the next one. Each has an id
 * that is stable once set explicitly with {@code {#id}}, so it can be linked to from anywhere.
 *
 * @param title the heading as plain text
 */
public record Question(String id, String title, SourcePosition position) {
  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(position, "position");
  }
}
