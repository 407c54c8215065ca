package dev.backstory.model;

import dev.backstory.diag.SourcePosition;
import java.util.Objects;

/**
 * A dated event from an explainer's {@code timeline}.
 *
 * @param questionId the section that discusses the event, or null
 * @param position where its {@code question} is written, which the load phase checks; without
 *     one, where the event is
 */
public record TimelineEvent(
    PartialDate date, String event, String questionId, SourcePosition position) {
  public TimelineEvent {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(position, "position");
  }
}
