package dev.backstory.resolve;

import dev.backstory.model.Explainer;
import dev.backstory.model.Site;
import dev.backstory.model.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every explainer's timeline merged into one, oldest first. A date known only to the year or
 * month sorts before the more precise dates within it ("2022" before "2022-02" before
 * "2022-02-24"); events on the same date keep a fixed order by explainer slug, then text.
 */
public record Timeline(List<TimelineEntry> entries) {

  static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::date)
      .thenComparing(TimelineEntry::explainerSlug)
      .thenComparing(TimelineEntry::event);

  public Timeline {
    entries = List.copyOf(entries);
  }

  public static Timeline of(Site site) {
    List<TimelineEntry> entries = new ArrayList<>();
    for (Explainer explainer : site.explainers()) {
      for (TimelineEvent event : explainer.meta().timeline()) {
        entries.add(new TimelineEntry(event.date(), event.event(), explainer.slug(),
            event.questionId()));
      }
    }
    entries.sort(ORDER);
    return new Timeline(entries);
  }

  /** The entries grouped by year, years in order. */
  public Map<Integer, List<TimelineEntry>> byYear() {
    Map<Integer, List<TimelineEntry>> years = new TreeMap<>();
    for (TimelineEntry entry : entries) {
      years.computeIfAbsent(entry.date().year(), y -> new ArrayList<>()).add(entry);
    }
    return years;
  }
}
