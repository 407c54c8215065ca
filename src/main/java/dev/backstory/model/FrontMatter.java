package dev.backstory.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An explainer's metadata, as validated from its YAML front matter. Optional text fields are
 * null when absent; lists are empty, never null.
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
    List<Correction> corrections) {

  public FrontMatter {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    sources = List.copyOf(sources);
    timeline = List.copyOf(timeline);
    corrections = List.copyOf(corrections);
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
