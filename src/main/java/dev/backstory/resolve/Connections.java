package dev.backstory.resolve;

import dev.backstory.model.PersonProfile;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What the site knows about how its explainers connect: links read both ways, the people
 * quoted, the merged timeline and the related explainers of each page.
 */
public record Connections(
    LinkGraph links, PeopleIndex people, Timeline timeline, RelatedExplainers related) {

  public Connections {
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(related, "related");
  }

  public static Connections of(ResolvedSite resolved, List<PersonProfile> profiles) {
    return of(resolved, profiles, null);
  }

  /**
   * Connects the site, starting from {@code previous} (may be null): its link graph is updated
   * for the explainers whose links changed, its people index for those whose quotes changed;
   * its timeline and related explainers are kept when nothing they are made from changed.
   */
  public static Connections of(
      ResolvedSite resolved, List<PersonProfile> profiles, Connections previous) {
    // The timeline and the people index need nothing from the link graph: made alongside it.
    CompletableFuture<Timeline> timeline = CompletableFuture.supplyAsync(() ->
        Timeline.of(resolved.site(), previous == null ? null : previous.timeline()));
    CompletableFuture<PeopleIndex> people = CompletableFuture.supplyAsync(() ->
        PeopleIndex.of(resolved.site(), profiles, previous == null ? null : previous.people()));
    LinkGraph links = LinkGraph.of(resolved, previous == null ? null : previous.links());
    return new Connections(links, people.join(), timeline.join(),
        RelatedExplainers.of(resolved.site(), links, people.join(),
            previous == null ? null : previous.related()));
  }
}
