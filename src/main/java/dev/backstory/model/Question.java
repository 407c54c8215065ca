package dev.backstory.model;

import dev.backstory.diag.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * A question section: a {@code ##} heading and what follows it up to the next one. Each has an id
 * that is stable once set explicitly with {@code {#id}}, so it can be linked to from anywhere.
 *
 * @param title the heading as plain text
 * @param aliases ids the section had before, which links may still use
 * @param excerpt the first sentences of the section as plain text, for link previews
 */
public record Question(
    String id, String title, List<String> aliases, String excerpt, SourcePosition position) {
  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(excerpt, "excerpt");
    aliases = List.copyOf(aliases);
  }
}
