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
public final class Timeline {

  static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::date)
      .thenComparing(TimelineEntry::explainerSlug)
      .thenComparing(TimelineEntry::event);

  private final List<TimelineEntry> entries;
  /** What the timeline was merged from, for a rebuild to tell what changed. */
  private final List<Explainer> explainers;

  private Timeline(List<TimelineEntry> entries, List<Explainer> explainers) {
    this.entries = List.copyOf(entries);
    this.explainers = explainers;
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
    return new Timeline(entries, site.explainers());
  }

  /**
   * The timeline of {@code site}, taken from {@code previous} (may be null) when the site has
   * the same explainers in the same order and none that changed has a different timeline.
   */
  static Timeline of(Site site, Timeline previous) {
    List<Explainer> now = site.explainers();
    List<Integer> changed =
        previous == null ? null : ChangedExplainers.positions(previous.explainers, now);
    if (changed == null || changed.stream().anyMatch(i ->
        !previous.explainers.get(i).meta().timeline().equals(now.get(i).meta().timeline()))) {
      return of(site);
    }
    return new Timeline(previous.entries, now);
  }

  /** Oldest first. */
  public List<TimelineEntry> entries() {
    return entries;
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
