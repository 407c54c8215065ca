package dev.backstory.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The links between explainers, indexed by target: backlinks are the graph read backwards. Only
 * links that leave their explainer are kept; a page linking to itself is navigation, not a
 * relation. Every list is in the order the edges were given (explainers newest first, then
 * position in the file), so output never depends on hashing.
 */
public record LinkGraph(
    List<LinkEdge> edges, Map<String, List<LinkEdge>> byTarget, Map<String, List<LinkEdge>> bySource) {

  public LinkGraph {
    edges = List.copyOf(edges);
    byTarget = Map.copyOf(byTarget);
    bySource = Map.copyOf(bySource);
  }

  static LinkGraph of(List<LinkEdge> all) {
    List<LinkEdge> crossing = all.stream().filter(LinkEdge::crossesExplainers).toList();
    return new LinkGraph(crossing, index(crossing, LinkEdge::toSlug), index(crossing, LinkEdge::fromSlug));
  }

  private static Map<String, List<LinkEdge>> index(
      List<LinkEdge> edges, java.util.function.Function<LinkEdge, String> key) {
    Map<String, List<LinkEdge>> index = new TreeMap<>();
    for (LinkEdge edge : edges) {
      index.computeIfAbsent(key.apply(edge), s -> new ArrayList<>()).add(edge);
    }
    index.replaceAll((slug, list) -> List.copyOf(list));
    return index;
  }

  /** Every link out of an explainer, to other explainers, in file order. */
  public List<LinkEdge> from(String slug) {
    return bySource.getOrDefault(slug, List.of());
  }

  /** Every link into an explainer, from other explainers. */
  public List<LinkEdge> into(String slug) {
    return byTarget.getOrDefault(slug, List.of());
  }

  /** The links into one question, from other explainers. */
  public List<LinkEdge> into(String slug, String questionId) {
    return into(slug).stream().filter(e -> Objects.equals(e.toQuestion(), questionId)).toList();
  }

  /** The explainers that link to {@code slug}, each once, in the order their first link came. */
  public List<String> explainersLinkingTo(String slug) {
    return into(slug).stream().map(LinkEdge::fromSlug).distinct().toList();
  }

  /** Every edge sorted by source then target, for exports. */
  public List<LinkEdge> sorted() {
    return edges.stream().sorted(Comparator.comparing(LinkEdge::fromSlug)
        .thenComparing(LinkEdge::position)
        .thenComparing(LinkEdge::toSlug)
        .thenComparing(e -> Objects.toString(e.toQuestion(), ""))).toList();
  }
}
