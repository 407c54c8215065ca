package dev.backstory.resolve;

import dev.backstory.model.Explainer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The links between explainers, indexed by target: backlinks are the graph read backwards. Only
 * links that leave their explainer are kept; a page linking to itself is navigation, not a
 * relation. Every list is in site order (explainers newest first, then position in the file),
 * so output never depends on hashing.
 */
public final class LinkGraph {

  private final List<LinkEdge> edges;
  private final Map<String, List<LinkEdge>> byTarget;
  private final Map<String, List<LinkEdge>> bySource;
  /** What the graph was made from: each explainer's resolved links, and the site's order. */
  private final Map<String, ExplainerLinks> madeFrom;
  private final Map<String, Integer> rank;

  private LinkGraph(Map<String, List<LinkEdge>> bySource, Map<String, List<LinkEdge>> byTarget,
      ResolvedSite resolved, Map<String, Integer> rank) {
    List<LinkEdge> edges = new ArrayList<>();
    for (Explainer explainer : resolved.site().explainers()) {
      edges.addAll(bySource.getOrDefault(explainer.slug(), List.of()));
    }
    this.edges = Collections.unmodifiableList(edges);
    this.bySource = Collections.unmodifiableMap(bySource);
    this.byTarget = Collections.unmodifiableMap(byTarget);
    this.madeFrom = resolved.links();
    this.rank = rank;
  }

  static LinkGraph of(ResolvedSite resolved) {
    Map<String, List<LinkEdge>> bySource = new HashMap<>();
    Map<String, List<LinkEdge>> byTarget = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    for (Explainer explainer : resolved.site().explainers()) {
      rank.put(explainer.slug(), rank.size());
      List<LinkEdge> out = crossing(resolved.links().get(explainer.slug()));
      if (!out.isEmpty()) {
        bySource.put(explainer.slug(), out);
      }
      for (LinkEdge edge : out) {
        byTarget.computeIfAbsent(edge.toSlug(), slug -> new ArrayList<>()).add(edge);
      }
    }
    byTarget.replaceAll((slug, edges) -> Collections.unmodifiableList(edges));
    return new LinkGraph(bySource, byTarget, resolved, rank);
  }

  /**
   * The graph of {@code resolved}, made from {@code previous} (may be null) by replacing the
   * links of the explainers whose resolved links are new, when the site's explainers and their
   * order are as they were: a rebuild after one edit then touches a few lists, not all.
   */
  static LinkGraph of(ResolvedSite resolved, LinkGraph previous) {
    List<Explainer> explainers = resolved.site().explainers();
    if (previous == null || !previous.hasOrderOf(explainers)) {
      return of(resolved);
    }
    Set<String> changed = new HashSet<>();
    for (Explainer explainer : explainers) {
      if (resolved.links().get(explainer.slug()) != previous.madeFrom.get(explainer.slug())) {
        changed.add(explainer.slug());
      }
    }
    Map<String, List<LinkEdge>> bySource = new HashMap<>(previous.bySource);
    // The links the changed explainers make now, by target; their old links' targets too.
    Map<String, List<LinkEdge>> newInto = new HashMap<>();
    for (String slug : changed) {
      previous.from(slug).forEach(edge -> newInto.putIfAbsent(edge.toSlug(), new ArrayList<>()));
      List<LinkEdge> out = crossing(resolved.links().get(slug));
      out.forEach(edge ->
          newInto.computeIfAbsent(edge.toSlug(), target -> new ArrayList<>()).add(edge));
      if (out.isEmpty()) {
        bySource.remove(slug);
      } else {
        bySource.put(slug, out);
      }
    }
    Map<String, List<LinkEdge>> byTarget = new HashMap<>(previous.byTarget);
    Comparator<LinkEdge> siteOrder = Comparator
        .comparing((LinkEdge edge) -> previous.rank.get(edge.fromSlug()))
        .thenComparing(LinkEdge::position);
    for (Map.Entry<String, List<LinkEdge>> target : newInto.entrySet()) {
      List<LinkEdge> into = new ArrayList<>(target.getValue());
      previous.into(target.getKey()).stream().filter(edge -> !changed.contains(edge.fromSlug()))
          .forEach(into::add);
      into.sort(siteOrder);
      if (into.isEmpty()) {
        byTarget.remove(target.getKey());
      } else {
        byTarget.put(target.getKey(), Collections.unmodifiableList(into));
      }
    }
    return new LinkGraph(bySource, byTarget, resolved, previous.rank);
  }

  private boolean hasOrderOf(List<Explainer> explainers) {
    if (explainers.size() != rank.size()) {
      return false;
    }
    for (int i = 0; i < explainers.size(); i++) {
      Integer at = rank.get(explainers.get(i).slug());
      if (at == null || at != i) {
        return false;
      }
    }
    return true;
  }

  private static List<LinkEdge> crossing(ExplainerLinks links) {
    return links.edges().stream().filter(LinkEdge::crossesExplainers).toList();
  }

  /** Every link between explainers, in site order. */
  public List<LinkEdge> edges() {
    return edges;
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
