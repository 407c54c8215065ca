package dev.backstory.model;

import dev.backstory.diag.SourcePosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An explainer's metadata, as validated from its YAML front matter. Optional text fields are
 * null when absent; lists are empty, never null.
 *
 * @param draft true when the writer marked it {@code draft: true}: left out of builds unless
 *     drafts are asked for
 * @param fieldPositions where each top-level key's value was written, for editorial checks
 * @param tagPositions where each of {@code tags} was written, in the same order; empty when
 *     unknown
 * @param aliases slugs the explainer was published under before; each gets a redirect page
 */
public record FrontMatter(
    String title,
    String dek,
    List<Author> authors,
    String source,
    LocalDate date,
    LocalDate updated,
    String dateline,
    List<String> tags,
    LeadImage image,
    String summary,
    List<SourceRef> sources,
    List<TimelineEvent> timeline,
    List<Correction> corrections,
    boolean draft,
    Map<String, SourcePosition> fieldPositions,
    List<SourcePosition> tagPositions,
    List<OldSlug> aliases) {

  public FrontMatter {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    sources = List.copyOf(sources);
    timeline = List.copyOf(timeline);
    corrections = List.copyOf(corrections);
    fieldPositions = Map.copyOf(fieldPositions);
    tagPositions = List.copyOf(tagPositions);
    aliases = List.copyOf(aliases);
  }

  /** Front matter of a published explainer whose field positions are unknown. */
  public FrontMatter(String title, String dek, List<Author> authors, String source,
      LocalDate date, LocalDate updated, String dateline, List<String> tags, LeadImage image,
      String summary, List<SourceRef> sources, List<TimelineEvent> timeline,
      List<Correction> corrections) {
    this(title, dek, authors, source, date, updated, dateline, tags, image, summary, sources,
        timeline, corrections, false, Map.of(), List.of(), List.of());
  }

  /** Where the value of a top-level key was written, if the key was there. */
  public Optional<SourcePosition> positionOf(String key) {
    return Optional.ofNullable(fieldPositions.get(key));
  }

  /** Where the tag at {@code index} of {@code tags} was written, if known. */
  public Optional<SourcePosition> tagPosition(int index) {
    return index < tagPositions.size() ? Optional.of(tagPositions.get(index)) : Optional.empty();
  }

  /** The date of the last change a reader should know of: a correction, {@code updated} or the date. */
  public LocalDate lastModified() {
    LocalDate last = updated != null && updated.isAfter(date) ? updated : date;
    for (Correction correction : corrections) {
      if (correction.date().isAfter(last)) {
        last = correction.date();
      }
    }
    return last;
  }
}
