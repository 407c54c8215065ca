package dev.backstory.resolve;

import java.util.Objects;

/**
 * Where a {@code [[...]]} reference leads and what it reads.
 *
 * @param href relative to the referring explainer's page
 * @param text the label, or else the target question or explainer title
 * @param toQuestion the target question's current id, or null for the explainer as a whole
 */
public record ResolvedWikiLink(String href, String text, String toSlug, String toQuestion) {
  public ResolvedWikiLink {
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(toSlug, "toSlug");
  }
}
