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

  /** The site's explainers in order; an explainer's lists below are at its position. */
  private final List<Explainer> explainers;
  private final Map<String, Integer> position;
  private final List<List<LinkEdge>> bySource;
  private final List<List<LinkEdge>> byTarget;
  /** What the graph was made from: each explainer's resolved links. */
  private final Map<String, ExplainerLinks> madeFrom;
  /**
   * Shared by the graphs whose links join the same explainers in the same order, whatever
   * questions they point at and wherever they stand, so that a rebuild tells at once whether
   * anything ranked on them must be worked out again.
   */
  private final Object pairs;

  private LinkGraph(ResolvedSite resolved, Map<String, Integer> position,
      List<List<LinkEdge>> bySource, List<List<LinkEdge>> byTarget, Object pairs) {
    this.explainers = resolved.site().explainers();
    this.position = position;
    this.bySource = bySource;
    this.byTarget = byTarget;
    this.madeFrom = resolved.links();
    this.pairs = pairs;
  }

  static LinkGraph of(ResolvedSite resolved) {
    List<Explainer> explainers = resolved.site().explainers();
    Map<String, Integer> position = new HashMap<>();
    List<List<LinkEdge>> bySource = new ArrayList<>();
    List<List<LinkEdge>> byTarget = new ArrayList<>();
    for (Explainer explainer : explainers) {
      position.put(explainer.slug(), position.size());
      bySource.add(crossing(resolved.links().get(explainer.slug())));
      byTarget.add(new ArrayList<>());
    }
    for (List<LinkEdge> out : bySource) {
      for (LinkEdge edge : out) {
        byTarget.get(position.get(edge.toSlug())).add(edge);
      }
    }
    byTarget.replaceAll(Collections::unmodifiableList);
    return new LinkGraph(resolved, position, bySource, byTarget, new Object());
  }

  /**
   * The graph of {@code resolved}, made from {@code previous} (may be null) by replacing the
   * links of the explainers whose resolved links are new, when the site's explainers and their
   * order are as they were: a rebuild after one edit then touches a few lists, not all.
   */
  static LinkGraph of(ResolvedSite resolved, LinkGraph previous) {
    List<Explainer> explainers = resolved.site().explainers();
    if (previous == null || ChangedExplainers.positions(previous.explainers, explainers) == null) {
      return of(resolved);
    }
    Map<String, Integer> position = previous.position;
    List<List<LinkEdge>> bySource = new ArrayList<>(previous.bySource);
    Set<String> changed = new HashSet<>();
    // The links the changed explainers make now, by target position; their old targets too.
    Map<Integer, List<LinkEdge>> newInto = new HashMap<>();
    boolean samePairs = true;
    for (int i = 0; i < explainers.size(); i++) {
      String slug = explainers.get(i).slug();
      ExplainerLinks links = resolved.links().get(slug);
      if (links != previous.madeFrom.get(slug)) {
        changed.add(slug);
        List<LinkEdge> out = crossing(links);
        samePairs &= targetsOf(out).equals(targetsOf(bySource.get(i)));
        bySource.get(i).forEach(edge ->
            newInto.putIfAbsent(position.get(edge.toSlug()), new ArrayList<>()));
        out.forEach(edge -> newInto
            .computeIfAbsent(position.get(edge.toSlug()), target -> new ArrayList<>()).add(edge));
        bySource.set(i, out);
      }
    }
    List<List<LinkEdge>> byTarget = new ArrayList<>(previous.byTarget);
    Comparator<LinkEdge> siteOrder = Comparator
        .comparing((LinkEdge edge) -> position.get(edge.fromSlug()))
        .thenComparing(LinkEdge::position);
    newInto.forEach((target, into) -> {
      previous.byTarget.get(target).stream()
          .filter(edge -> !changed.contains(edge.fromSlug())).forEach(into::add);
      into.sort(siteOrder);
      byTarget.set(target, Collections.unmodifiableList(into));
    });
    return new LinkGraph(resolved, position, bySource, byTarget,
        samePairs ? previous.pairs : new Object());
  }

  private static List<String> targetsOf(List<LinkEdge> edges) {
    return edges.stream().map(LinkEdge::toSlug).toList();
  }

  private static List<LinkEdge> crossing(ExplainerLinks links) {
    return links.edges().stream().filter(LinkEdge::crossesExplainers).toList();
  }

  /** Every link between explainers, in site order (gathered on each call). */
  public List<LinkEdge> edges() {
    return bySource.stream().flatMap(List::stream).toList();
  }

  /**
   * Whether this graph's links join the same explainers, in the same order, as {@code other}'s
   * (as far as a rebuild from it can tell: a graph made from nothing is never the same).
   */
  public boolean joinsSameExplainersAs(LinkGraph other) {
    return pairs == other.pairs;
  }

  /** Every link out of an explainer, to other explainers, in file order. */
  public List<LinkEdge> from(String slug) {
    Integer at = position.get(slug);
    return at == null ? List.of() : bySource.get(at);
  }

  /** Every link into an explainer, from other explainers. */
  public List<LinkEdge> into(String slug) {
    Integer at = position.get(slug);
    return at == null ? List.of() : byTarget.get(at);
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
    return edges().stream().sorted(Comparator.comparing(LinkEdge::fromSlug)
        .thenComparing(LinkEdge::position)
        .thenComparing(LinkEdge::toSlug)
        .thenComparing(e -> Objects.toString(e.toQuestion(), ""))).toList();
  }
}
