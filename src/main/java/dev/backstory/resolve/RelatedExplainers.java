package dev.backstory.resolve;

import dev.backstory.model.Explainer;
import dev.backstory.model.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Ranks, for each explainer, the others a reader should go to next. The score of a pair is
 *
 * <pre>
 *   3 × links between them (each link counts, in either direction, includes too)
 * + 2 × topics they share
 * + 1 × people quoted in both
 * </pre>
 *
 * Links weigh most because an editor chose them; shared topics and people are signals the site
 * notices by itself. Pairs that score 0 are not related. Equal scores go to the newer explainer,
 * then to the smaller slug, so the order never changes between builds.
 */
public record RelatedExplainers(Map<String, List<Scored>> bySlug) {

  /** How many related explainers each page lists. */
  public static final int LIMIT = 4;
  static final int LINK_WEIGHT = 3;
  static final int TOPIC_WEIGHT = 2;
  static final int PERSON_WEIGHT = 1;

  /** A related explainer and its score. */
  public record Scored(String slug, int score) {}

  public RelatedExplainers {
    bySlug = Map.copyOf(bySlug);
  }

  public static RelatedExplainers of(Site site, LinkGraph graph, PeopleIndex people) {
    Map<String, Set<String>> peopleBySlug = new TreeMap<>();
    for (Person person : people.people()) {
      for (String slug : person.explainerSlugs()) {
        peopleBySlug.computeIfAbsent(slug, s -> new HashSet<>()).add(person.slug());
      }
    }
    Comparator<Candidate> order = Comparator.comparingInt((Candidate c) -> c.score).reversed()
        .thenComparing((Candidate c) -> c.explainer.meta().date(), Comparator.reverseOrder())
        .thenComparing(c -> c.explainer.slug());
    Map<String, List<Scored>> bySlug = new TreeMap<>();
    for (Explainer a : site.explainers()) {
      List<Candidate> candidates = new ArrayList<>();
      for (Explainer b : site.explainers()) {
        if (a == b) {
          continue;
        }
        int score = LINK_WEIGHT * graph.linksBetween(a.slug(), b.slug())
            + TOPIC_WEIGHT * shared(topics(a), topics(b))
            + PERSON_WEIGHT * shared(peopleBySlug.getOrDefault(a.slug(), Set.of()),
                peopleBySlug.getOrDefault(b.slug(), Set.of()));
        if (score > 0) {
          candidates.add(new Candidate(b, score));
        }
      }
      candidates.sort(order);
      bySlug.put(a.slug(), candidates.stream().limit(LIMIT)
          .map(c -> new Scored(c.explainer.slug(), c.score)).toList());
    }
    return new RelatedExplainers(bySlug);
  }

  public List<Scored> of(String slug) {
    return bySlug.getOrDefault(slug, List.of());
  }

  private static Set<String> topics(Explainer explainer) {
    Set<String> topics = new HashSet<>();
    explainer.meta().tags().forEach(tag -> topics.add(dev.backstory.model.Slugs.of(tag)));
    return topics;
  }

  private static int shared(Set<String> a, Set<String> b) {
    return (int) a.stream().filter(b::contains).count();
  }

  private record Candidate(Explainer explainer, int score) {}
}
