package dev.backstory.model;

import dev.backstory.diag.SourcePosition;
import java.util.Objects;

/**
 * An attributed quote: a blockquote whose last paragraph begins with a dash and names the speaker.
 *
 * @param role what the attribution says after the speaker's name, or null
 * @param questionId the section the quote stands in, or null for the short answer
 */
public record Quote(
    String speaker, String role, String text, String questionId, SourcePosition position) {
  public Quote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }
}
