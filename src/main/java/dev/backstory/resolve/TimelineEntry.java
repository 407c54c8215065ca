package dev.backstory.resolve;

import dev.backstory.model.PartialDate;
import java.util.Objects;

/**
 * A dated event on the site-wide timeline, with the explainer (and section) it comes from.
 *
 * @param questionId the section that discusses it, or null
 */
public record TimelineEntry(
    PartialDate date, String event, String explainerSlug, String questionId) {
  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(explainerSlug, "explainerSlug");
  }
}
