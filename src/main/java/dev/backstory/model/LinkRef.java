package dev.backstory.model;

import dev.backstory.diag.SourcePosition;
import java.util.Objects;

/**
 * A link or image reference as written in an explainer's Markdown, before it is resolved.
 *
 * @param target the URL exactly as written
 * @param image whether it is an image ({@code ![alt](src)}) rather than a link
 * @param questionId the section the link stands in, or null for the short answer
 */
public record LinkRef(String target, boolean image, String questionId, SourcePosition position) {
  public LinkRef {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(position, "position");
  }
}
