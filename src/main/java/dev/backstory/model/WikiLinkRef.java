package dev.backstory.model;

import dev.backstory.diag.SourcePosition;
import java.util.Objects;

/**
 * A wiki-style reference as written: {@code [[slug]]}, {@code [[slug#question-id]]}, {@code
 * [[#question-id]]} or {@code [[slug#question-id|label]]}, or an include, {@code
 * ![[slug#question-id]]} on a line of its own.
 *
 * @param written the reference exactly as it appears between the brackets; the key its resolved
 *     form is found under
 * @param slug the explainer named, or empty for this one
 * @param fragment the question id after {@code #}, or null
 * @param label the text after {@code |}, or null to use the target's title or question
 * @param include whether the section is to be shown in place rather than linked
 * @param questionId the section the reference stands in, or null for the short answer
 * @param context the sentence around the link as plain text, for backlinks
 */
public record WikiLinkRef(
    String written,
    String slug,
    String fragment,
    String label,
    boolean include,
    String questionId,
    String context,
    SourcePosition position) {
  public WikiLinkRef {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(position, "position");
  }
}
