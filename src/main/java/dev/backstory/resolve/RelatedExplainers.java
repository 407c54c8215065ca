package dev.backstory.resolve;

import dev.backstory.model.Explainer;
import dev.backstory.model.Site;
import dev.backstory.model.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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

  /**
   * Scores only the pairs that share something, found through the indexes (topic members,
   * people's explainers, link edges), so the work grows with the connections, not with the
   * square of the site.
   */
  public static RelatedExplainers of(Site site, LinkGraph graph, PeopleIndex people) {
    Map<String, Map<String, Integer>> scores = new HashMap<>();
    for (Topic topic : site.topics()) {
      addPairs(scores, topic.explainerSlugs(), TOPIC_WEIGHT);
    }
    for (Person person : people.people()) {
      addPairs(scores, List.copyOf(person.explainerSlugs()), PERSON_WEIGHT);
    }
    for (LinkEdge edge : graph.edges()) {
      if (!edge.fromSlug().equals(edge.toSlug())) {
        add(scores, edge.fromSlug(), edge.toSlug(), LINK_WEIGHT);
        add(scores, edge.toSlug(), edge.fromSlug(), LINK_WEIGHT);
      }
    }
    Comparator<Candidate> order = Comparator.comparingInt((Candidate c) -> c.score).reversed()
        .thenComparing((Candidate c) -> c.explainer.meta().date(), Comparator.reverseOrder())
        .thenComparing(c -> c.explainer.slug());
    Map<String, List<Scored>> bySlug = new TreeMap<>();
    for (Explainer a : site.explainers()) {
      // Keep the best LIMIT in a small heap whose head is the weakest kept.
      PriorityQueue<Candidate> best = new PriorityQueue<>(order.reversed());
      scores.getOrDefault(a.slug(), Map.of()).forEach((slug, score) -> {
        best.add(new Candidate(site.bySlug(slug).orElseThrow(), score));
        if (best.size() > LIMIT) {
          best.poll();
        }
      });
      bySlug.put(a.slug(), best.stream().sorted(order)
          .map(c -> new Scored(c.explainer.slug(), c.score)).toList());
    }
    return new RelatedExplainers(bySlug);
  }

  private static void addPairs(
      Map<String, Map<String, Integer>> scores, List<String> members, int weight) {
    for (String a : members) {
      for (String b : members) {
        if (!a.equals(b)) {
          add(scores, a, b, weight);
        }
      }
    }
  }

  private static void add(Map<String, Map<String, Integer>> scores, String a, String b, int weight) {
    scores.computeIfAbsent(a, s -> new HashMap<>()).merge(b, weight, Integer::sum);
  }

  public List<Scored> of(String slug) {
    return bySlug.getOrDefault(slug, List.of());
  }

  private record Candidate(Explainer explainer, int score) {}
}
