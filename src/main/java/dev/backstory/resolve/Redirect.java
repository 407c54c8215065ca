package dev.backstory.resolve;

import java.util.Objects;

/** An old slug of an explainer, from its front matter {@code aliases}: a page that forwards. */
public record Redirect(String fromSlug, String toSlug) {
  public Redirect {
    Objects.requireNonNull(fromSlug, "fromSlug");
    Objects.requireNonNull(toSlug, "toSlug");
  }
}
