package dev.backstory.resolve;

import dev.backstory.diag.SourcePosition;
import java.util.Objects;

/**
 * One quote, where it stands.
 *
 * @param speaker the name as the attribution writes it
 * @param role the role the attribution gives, as written there, or null
 * @param questionId the section it stands in, or null for the short answer
 */
public record PersonQuote(String speaker, String text, String role, String explainerSlug, String questionId,
    SourcePosition position) {
  public PersonQuote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(explainerSlug, "explainerSlug");
    Objects.requireNonNull(position, "position");
  }
}
