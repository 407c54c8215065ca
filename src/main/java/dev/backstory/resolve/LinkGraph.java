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
public record LinkGraph(List<LinkEdge> edges, Map<String, List<LinkEdge>> byTarget) {

  public LinkGraph {
    edges = List.copyOf(edges);
    byTarget = Map.copyOf(byTarget);
  }

  static LinkGraph of(List<LinkEdge> all) {
    List<LinkEdge> crossing = all.stream().filter(LinkEdge::crossesExplainers).toList();
    Map<String, List<LinkEdge>> byTarget = new TreeMap<>();
    for (LinkEdge edge : crossing) {
      byTarget.computeIfAbsent(edge.toSlug(), s -> new ArrayList<>()).add(edge);
    }
    byTarget.replaceAll((slug, edges) -> List.copyOf(edges));
    return new LinkGraph(crossing, byTarget);
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

  /** How many links run between two explainers, in either direction. */
  public int linksBetween(String a, String b) {
    return (int) (into(a).stream().filter(e -> e.fromSlug().equals(b)).count()
        + into(b).stream().filter(e -> e.fromSlug().equals(a)).count());
  }

  /** Every edge sorted by source then target, for exports. */
  public List<LinkEdge> sorted() {
    return edges.stream().sorted(Comparator.comparing(LinkEdge::fromSlug)
        .thenComparing(LinkEdge::position)
        .thenComparing(LinkEdge::toSlug)
        .thenComparing(e -> Objects.toString(e.toQuestion(), ""))).toList();
  }
}
