package dev.backstory.resolve;

import dev.backstory.diag.SourcePosition;
import java.util.Objects;

/**
 * A link from one explainer (and question) to another, for the link graph.
 *
 * @param fromQuestion the question the link stands in, or null for the short answer
 * @param toQuestion the question linked to, or null for the explainer as a whole
 */
public record LinkEdge(
    String fromSlug, String fromQuestion, String toSlug, String toQuestion, SourcePosition position) {
  public LinkEdge {
    Objects.requireNonNull(fromSlug, "fromSlug");
    Objects.requireNonNull(toSlug, "toSlug");
    Objects.requireNonNull(position, "position");
  }
}
