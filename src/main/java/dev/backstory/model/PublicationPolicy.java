package dev.backstory.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which explainers a build publishes: drafts and explainers dated after {@code today} are left
 * out unless asked for. Left out means everywhere: pages, topics, the home page.
 *
 * @param drafts include explainers marked {@code draft: true}
 * @param future include explainers dated after {@code today}
 * @param today the date the build takes as now, or null for today where the site is (its
 *     {@code timeZone}), known once {@code site.yaml} is read: see {@link #orOn}
 */
public record PublicationPolicy(boolean drafts, boolean future, LocalDate today) {

  /** The same policy with {@code siteToday} as today, unless it was given a date. */
  public PublicationPolicy orOn(LocalDate siteToday) {
    return today != null ? this : new PublicationPolicy(drafts, future, siteToday);
  }

  /** Publishes everything, whatever its date. */
  public static final PublicationPolicy EVERYTHING =
      new PublicationPolicy(true, true, LocalDate.MAX);

  /** Why an explainer is left out of a build. */
  public enum Reason {
    DRAFT,
    FUTURE
  }

  /** Why the explainer is left out, or empty to publish it. */
  public Optional<Reason> leftOut(FrontMatter meta) {
    if (meta.draft() && !drafts) {
      return Optional.of(Reason.DRAFT);
    }
    if (meta.date().isAfter(today) && !future) {
      return Optional.of(Reason.FUTURE);
    }
    return Optional.empty();
  }

  /** Why the explainer is left out, to finish a sentence "left out as ...". */
  public String explain(Reason reason, FrontMatter meta) {
    return switch (reason) {
      case DRAFT -> "a draft (`draft: true`; --drafts includes drafts)";
      case FUTURE -> "dated " + meta.date() + ", after " + today + " (--future includes it)";
    };
  }
}
