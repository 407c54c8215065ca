package dev.backstory.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which explainers a build publishes: drafts and explainers dated after {@code today} are left
 * out unless asked for. Left out means everywhere: pages, topics, the home page.
 *
 * @param drafts include explainers marked {@code draft: true}
 * @param future include explainers dated after {@code today}
 * @param today the date the build takes as now
 */
public record PublicationPolicy(boolean drafts, boolean future, LocalDate today) {

  public PublicationPolicy {
    Objects.requireNonNull(today, "today");
  }

  /** Publishes everything, whatever its date. */
  public static final PublicationPolicy EVERYTHING =
      new PublicationPolicy(true, true, LocalDate.MAX);

  /** Why the explainer is left out (to finish a sentence "left out as ..."), or empty to publish it. */
  public Optional<String> leftOutBecause(FrontMatter meta) {
    if (meta.draft() && !drafts) {
      return Optional.of("a draft (`draft: true`; --drafts includes drafts)");
    }
    if (meta.date().isAfter(today) && !future) {
      return Optional.of("dated " + meta.date() + ", after " + today
          + " (--future includes it)");
    }
    return Optional.empty();
  }
}
