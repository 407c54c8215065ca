package dev.backstory.resolve;

import dev.backstory.content.EveryCore;
import dev.backstory.model.Explainer;
import dev.backstory.model.Site;
import dev.backstory.model.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
public final class RelatedExplainers {

  /** How many related explainers each page lists. */
  public static final int LIMIT = 4;
  static final int LINK_WEIGHT = 3;
  static final int TOPIC_WEIGHT = 2;
  static final int PERSON_WEIGHT = 1;

  /** A related explainer and its score. */
  public record Scored(String slug, int score) {}

  private final Map<String, List<Scored>> bySlug;
  /** What the ranking was worked out from, to tell whether a rebuild can keep it. */
  private final Inputs inputs;
  /** Each explainer's slug to those of the explainers that list it; see {@link #listing}. */
  private volatile Map<String, List<String>> listedBy;

  private RelatedExplainers(Map<String, List<Scored>> bySlug, Inputs inputs) {
    this.bySlug = Map.copyOf(bySlug);
    this.inputs = inputs;
  }

  /**
   * Everything the scores depend on: the explainers in site order, each topic's explainers, the
   * people quoted (each with their explainers), and the links between explainers.
   */
  private record Inputs(List<String> order, List<List<String>> topics, List<Person> people,
      LinkGraph links) {

    static Inputs of(Site site, LinkGraph graph, PeopleIndex people) {
      return new Inputs(site.slugs(), topicMembers(site), people.people(), graph);
    }

    private static List<List<String>> topicMembers(Site site) {
      return site.topics().stream().map(Topic::explainerSlugs).toList();
    }

    /**
     * Whether these inputs are the ones {@code site}, {@code graph} and {@code people} give.
     * A rebuild keeps what did not change as the same objects, which makes most of this cheap.
     */
    boolean describe(Site site, LinkGraph graph, PeopleIndex people) {
      if (!site.slugs().equals(order) || !graph.joinsSameExplainersAs(links)
          || !topicMembers(site).equals(topics) || people.people().size() != this.people.size()) {
        return false;
      }
      for (int i = 0; i < this.people.size(); i++) {
        Person now = people.people().get(i);
        Person was = this.people.get(i);
        if (now != was && !now.explainerSlugs().equals(was.explainerSlugs())) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Scores, for each explainer, only the explainers it shares something with, found through
   * the indexes (topic members, people's explainers, link edges). The site's order (newest
   * first, then by slug) is the tie-break, so explainers are numbered in it and scored in an
   * array of counters: a big topic costs a few additions per member, not a map entry per pair.
   * {@code previous} (may be null) is kept when it was ranked from the same explainers, topics,
   * people and links: an edit to an explainer's prose changes none of them.
   */
  public static RelatedExplainers of(
      Site site, LinkGraph graph, PeopleIndex people, RelatedExplainers previous) {
    if (previous != null && previous.inputs.describe(site, graph, people)) {
      return previous;
    }
    Inputs inputs = Inputs.of(site, graph, people);
    List<Explainer> explainers = site.explainers();
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < explainers.size(); i++) {
      number.put(explainers.get(i).slug(), i);
    }
    Groups groups = new Groups(explainers.size());
    inputs.topics().forEach(members -> groups.add(numbers(members, number), TOPIC_WEIGHT));
    inputs.people().forEach(person ->
        groups.add(numbers(person.explainerSlugs(), number), PERSON_WEIGHT));
    for (LinkEdge edge : graph.edges()) {
      groups.add(new int[] {number.get(edge.fromSlug()), number.get(edge.toSlug())}, LINK_WEIGHT);
    }
    List<List<Integer>> groupsOf = groups.groupsOfEach();
    ThreadLocal<Scores> scores = ThreadLocal.withInitial(() -> new Scores(explainers.size()));
    List<List<Scored>> related = EveryCore.map(explainers.size(), i ->
        scores.get().best(i, groups, groupsOf).stream()
            .map(j -> new Scored(explainers.get(j).slug(), scores.get().of(j))).toList());
    Map<String, List<Scored>> bySlug = new HashMap<>();
    for (int i = 0; i < explainers.size(); i++) {
      bySlug.put(explainers.get(i).slug(), related.get(i));
    }
    return new RelatedExplainers(bySlug, inputs);
  }

  private static int[] numbers(List<String> slugs, Map<String, Integer> number) {
    return slugs.stream().mapToInt(number::get).toArray();
  }

  /** Every group of explainers that share something (a topic, a person, a link), and its weight. */
  private static final class Groups {
    private final int explainers;
    private final List<int[]> members = new ArrayList<>();
    private final List<Integer> weights = new ArrayList<>();

    Groups(int explainers) {
      this.explainers = explainers;
    }

    void add(int[] numbers, int weight) {
      members.add(numbers);
      weights.add(weight);
    }

    /** For each explainer, the groups it is in. */
    List<List<Integer>> groupsOfEach() {
      List<List<Integer>> groupsOf = new ArrayList<>();
      for (int i = 0; i < explainers; i++) {
        groupsOf.add(new ArrayList<>());
      }
      for (int group = 0; group < members.size(); group++) {
        for (int i : members.get(group)) {
          groupsOf.get(i).add(group);
        }
      }
      return groupsOf;
    }
  }

  /** One thread's counters: the score of each explainer against the one being ranked. */
  private static final class Scores {
    private final int[] score;
    private final int[] touched;
    private int touchedCount;

    Scores(int explainers) {
      score = new int[explainers];
      touched = new int[explainers];
    }

    int of(int explainer) {
      return score[explainer];
    }

    /**
     * The numbers of the best related explainers of explainer {@code i}, best first; their
     * scores stay readable through {@link #of} until the next call.
     */
    List<Integer> best(int i, Groups groups, List<List<Integer>> groupsOf) {
      for (int j = 0; j < touchedCount; j++) {
        score[touched[j]] = 0;
      }
      touchedCount = 0;
      for (int group : groupsOf.get(i)) {
        int weight = groups.weights.get(group);
        for (int j : groups.members.get(group)) {
          if (j != i) {
            if (score[j] == 0) {
              touched[touchedCount++] = j;
            }
            score[j] += weight;
          }
        }
      }
      int[] best = new int[LIMIT];
      int kept = 0;
      for (int k = 0; k < touchedCount; k++) {
        int j = touched[k];
        if (kept == LIMIT && !ranksAbove(j, best[LIMIT - 1])) {
          continue;
        }
        int at = Math.min(kept, LIMIT - 1);
        while (at > 0 && ranksAbove(j, best[at - 1])) {
          best[at] = best[at - 1];
          at--;
        }
        best[at] = j;
        kept = Math.min(kept + 1, LIMIT);
      }
      return Arrays.stream(best, 0, kept).boxed().toList();
    }

    /** Higher score first; among equals the smaller number, that is the newer explainer. */
    private boolean ranksAbove(int a, int b) {
      return score[a] > score[b] || score[a] == score[b] && a < b;
    }
  }

  /**
   * The slugs of the explainers that list one of {@code slugs} among their related ones. The
   * reverse index this takes is made on the first call: a preview asks on every save, for a
   * ranking it mostly keeps from save to save; a full build never asks.
   */
  public Set<String> listing(Collection<String> slugs) {
    Map<String, List<String>> index = listedBy;
    if (index == null) {
      index = new HashMap<>();
      for (Map.Entry<String, List<Scored>> entry : bySlug.entrySet()) {
        for (Scored each : entry.getValue()) {
          index.computeIfAbsent(each.slug(), slug -> new ArrayList<>()).add(entry.getKey());
        }
      }
      listedBy = index;
    }
    Set<String> found = new HashSet<>();
    for (String slug : slugs) {
      found.addAll(index.getOrDefault(slug, List.of()));
    }
    return found;
  }

  public List<Scored> of(String slug) {
    return bySlug.getOrDefault(slug, List.of());
  }

}
