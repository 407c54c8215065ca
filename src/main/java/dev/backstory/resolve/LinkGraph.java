package dev.backstory.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    List<LinkEdge> crossing = new ArrayList<>();
    Map<String, List<LinkEdge>> byTarget = new HashMap<>();
    Map<String, List<LinkEdge>> bySource = new HashMap<>();
    for (LinkEdge edge : all) {
      if (edge.crossesExplainers()) {
        crossing.add(edge);
        byTarget.computeIfAbsent(edge.toSlug(), slug -> new ArrayList<>()).add(edge);
        bySource.computeIfAbsent(edge.fromSlug(), slug -> new ArrayList<>()).add(edge);
      }
    }
    byTarget.replaceAll((slug, edges) -> Collections.unmodifiableList(edges));
    bySource.replaceAll((slug, edges) -> Collections.unmodifiableList(edges));
    return new LinkGraph(crossing, byTarget, bySource);
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
