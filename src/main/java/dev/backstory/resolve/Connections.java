package dev.backstory.resolve;

import dev.backstory.model.PersonProfile;
import java.util.List;
import java.util.Objects;

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
    LinkGraph links = resolved.graph();
    PeopleIndex people = PeopleIndex.of(resolved.site(), profiles);
    return new Connections(links, people, Timeline.of(resolved.site()),
        RelatedExplainers.of(resolved.site(), links, people));
  }
}
