package dev.backstory.resolve;

import dev.backstory.model.Explainer;
import dev.backstory.model.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

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
   * Groups bigger than this are "large": scoring does not walk their members (see {@link
   * Scores#best}). Small enough that walking a small group is cheap, big enough that most
   * people and links, and the topics of a small site, are walked as before.
   */
  static final int LARGE_GROUP = 64;

  public static RelatedExplainers of(Site site, LinkGraph graph, PeopleIndex people) {
    return of(site, graph, people, LARGE_GROUP);
  }

  /**
   * Scores, for each explainer, only the explainers it shares something with, found through
   * the groups that share it (topic members, people's explainers, link edges). The site's
   * order (newest first, then by slug) is the tie-break, so explainers are numbered in it and
   * scored in an array of counters.
   *
   * @param largeGroup groups with more members than this are large (a parameter for tests)
   */
  static RelatedExplainers of(Site site, LinkGraph graph, PeopleIndex people, int largeGroup) {
    List<Explainer> explainers = site.explainers();
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < explainers.size(); i++) {
      number.put(explainers.get(i).slug(), i);
    }
    Groups groups = new Groups(explainers.size());
    site.topics().forEach(topic -> groups.add(topic.explainerSlugs(), number, TOPIC_WEIGHT));
    people.people().forEach(person -> groups.add(person.explainerSlugs(), number, PERSON_WEIGHT));
    for (LinkEdge edge : graph.edges()) {
      if (!edge.fromSlug().equals(edge.toSlug())) {
        groups.add(List.of(edge.fromSlug(), edge.toSlug()), number, LINK_WEIGHT);
      }
    }
    groups.indexLargePairs(largeGroup);
    ThreadLocal<Scores> scores = ThreadLocal.withInitial(() -> new Scores(explainers.size()));
    List<List<Scored>> related = IntStream.range(0, explainers.size()).parallel()
        .mapToObj(i -> scores.get().best(i, groups).stream()
            .map(j -> new Scored(explainers.get(j).slug(), scores.get().of(j))).toList())
        .toList();
    Map<String, List<Scored>> bySlug = new TreeMap<>();
    for (int i = 0; i < explainers.size(); i++) {
      bySlug.put(explainers.get(i).slug(), related.get(i));
    }
    return new RelatedExplainers(bySlug);
  }

  /**
   * Every group of explainers that share something (a topic, a person, a link), its weight,
   * and, for every two large groups, the explainers in both.
   */
  private static final class Groups {
    private final List<int[]> members = new ArrayList<>();
    private final List<Integer> weights = new ArrayList<>();
    private final List<List<Integer>> groupsOf = new ArrayList<>();
    private final Map<Long, List<Integer>> inBothLarge = new HashMap<>();
    private int largeGroup = Integer.MAX_VALUE;

    Groups(int explainers) {
      for (int i = 0; i < explainers; i++) {
        groupsOf.add(new ArrayList<>());
      }
    }

    void add(List<String> slugs, Map<String, Integer> number, int weight) {
      int group = members.size();
      // Sorted, so the first members are the newest and membership is a binary search.
      int[] numbers = slugs.stream().mapToInt(number::get).sorted().toArray();
      members.add(numbers);
      weights.add(weight);
      for (int i : numbers) {
        groupsOf.get(i).add(group);
      }
    }

    boolean isLarge(int group) {
      return members.get(group).length > largeGroup;
    }

    void indexLargePairs(int largeGroup) {
      this.largeGroup = largeGroup;
      for (int i = 0; i < groupsOf.size(); i++) {
        List<Integer> large = largeGroupsOf(i);
        for (int a = 0; a < large.size(); a++) {
          for (int b = a + 1; b < large.size(); b++) {
            inBothLarge.computeIfAbsent(pair(large.get(a), large.get(b)), k -> new ArrayList<>())
                .add(i);
          }
        }
      }
    }

    List<Integer> largeGroupsOf(int explainer) {
      return groupsOf.get(explainer).stream().filter(this::isLarge).toList();
    }

    List<Integer> inBoth(int a, int b) {
      return inBothLarge.getOrDefault(pair(Math.min(a, b), Math.max(a, b)), List.of());
    }

    boolean contains(int group, int explainer) {
      return Arrays.binarySearch(members.get(group), explainer) >= 0;
    }

    private static long pair(int a, int b) {
      return (long) a << 32 | b;
    }
  }

  /** One thread's counters: the score of each explainer against the one being ranked. */
  private static final class Scores {
    private final int[] score;
    private final int[] seenFor;
    private final int[] candidates;
    private int candidateCount;

    Scores(int explainers) {
      score = new int[explainers];
      seenFor = new int[explainers];
      candidates = new int[explainers];
    }

    int of(int explainer) {
      return score[explainer];
    }

    /**
     * The numbers of the best related explainers of explainer {@code i}, best first; their
     * scores stay readable through {@link #of} until the next call.
     *
     * <p>Walking every member of every group would cost the square of a big topic's size. So
     * the members of small groups are all candidates, but of each large group only the first
     * {@code LIMIT + 1} (the newest), and the explainers in two or more of {@code i}'s large
     * groups (from the pair index). Nothing is lost: an explainer left out shares no small group
     * and one large group only, so it scores that group's weight, and at least {@code LIMIT}
     * newer members of that group score as much or more and rank above it.
     */
    List<Integer> best(int i, Groups groups) {
      candidateCount = 0;
      List<Integer> large = groups.largeGroupsOf(i);
      for (int group : groups.groupsOf.get(i)) {
        if (!groups.isLarge(group)) {
          for (int j : groups.members.get(group)) {
            consider(i, j);
            score[j] += groups.weights.get(group);
          }
        }
      }
      for (int group : large) {
        int[] members = groups.members.get(group);
        for (int k = 0; k < Math.min(members.length, LIMIT + 1); k++) {
          consider(i, members[k]);
        }
      }
      for (int a = 0; a < large.size(); a++) {
        for (int b = a + 1; b < large.size(); b++) {
          groups.inBoth(large.get(a), large.get(b)).forEach(j -> consider(i, j));
        }
      }
      for (int k = 0; k < candidateCount; k++) {
        for (int group : large) {
          if (groups.contains(group, candidates[k])) {
            score[candidates[k]] += groups.weights.get(group);
          }
        }
      }
      score[i] = 0;
      int[] best = new int[LIMIT];
      int kept = 0;
      for (int k = 0; k < candidateCount; k++) {
        int j = candidates[k];
        if (j == i || kept == LIMIT && !ranksAbove(j, best[LIMIT - 1])) {
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

    /** Makes {@code j} a candidate for explainer {@code i}, with a score of 0 to start from. */
    private void consider(int i, int j) {
      if (seenFor[j] != i + 1) {
        seenFor[j] = i + 1;
        score[j] = 0;
        candidates[candidateCount++] = j;
      }
    }

    /** Higher score first; among equals the smaller number, that is the newer explainer. */
    private boolean ranksAbove(int a, int b) {
      return score[a] > score[b] || score[a] == score[b] && a < b;
    }
  }

  public List<Scored> of(String slug) {
    return bySlug.getOrDefault(slug, List.of());
  }

}
