package dev.backstory.model;

import dev.backstory.diag.SourcePosition;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A link or image reference as written in an explainer's Markdown, before it is resolved.
 *
 * @param target the URL exactly as written
 * @param image whether it is an image ({@code ![alt](src)}) rather than a link
 * @param questionId the section the link stands in, or null for the short answer
 * @param text the link's text (an image's alt text) as plain text, for editorial checks
 * @param context the sentence around the link as plain text, for backlinks
 * @param byReference whether the target was written in a definition ({@code [x]: target})
 *     that has a link of its own: what is wrong with the target is reported there, once
 */
public record LinkRef(String target, boolean image, String questionId, SourcePosition position,
    String text, String context, boolean byReference) {

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  public LinkRef {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(context, "context");
  }

  /** A link or image whose target is written where it stands. */
  public LinkRef(String target, boolean image, String questionId, SourcePosition position,
      String text, String context) {
    this(target, image, questionId, position, text, context, false);
  }

  /** A link whose surrounding sentence is not known. */
  public LinkRef(String target, boolean image, String questionId, SourcePosition position,
      String text) {
    this(target, image, questionId, position, text, "");
  }

  /**
   * Whether {@code target} leads off the site, as written: it has a scheme ({@code https:},
   * {@code mailto:}) or starts with {@code //}. Anything else is a path the build resolves.
   */
  public static boolean leadsOffSite(String target) {
    return SCHEME.matcher(target).find() || target.startsWith("//");
  }

  /** A link whose text is not known. */
  public LinkRef(String target, boolean image, String questionId, SourcePosition position) {
    this(target, image, questionId, position, "", "");
  }
}
