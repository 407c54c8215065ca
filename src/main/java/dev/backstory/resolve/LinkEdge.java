package dev.backstory.resolve;

import dev.backstory.diag.SourcePosition;
import java.util.Objects;

/**
 * A link from one explainer (and question) to another, for the link graph.
 *
 * @param fromQuestion the question the link stands in, or null for the short answer
 * @param toQuestion the question linked to (its current id, even when the link used an old one),
 *     or null for the explainer as a whole
 * @param context the sentence around the link as plain text; empty for includes
 * @param include whether the target section is shown in place ({@code ![[...]]}) rather than linked
 */
public record LinkEdge(
    String fromSlug,
    String fromQuestion,
    String toSlug,
    String toQuestion,
    String context,
    boolean include,
    SourcePosition position) {
  public LinkEdge {
    Objects.requireNonNull(fromSlug, "fromSlug");
    Objects.requireNonNull(toSlug, "toSlug");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(position, "position");
  }

  /** Whether the link leaves its explainer; only those count as backlinks and relations. */
  public boolean crossesExplainers() {
    return !fromSlug.equals(toSlug);
  }
}
