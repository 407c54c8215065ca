package dev.backstory.resolve;

import dev.backstory.model.Site;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site with every reference checked: for each explainer, the href each link target resolves
 * to (relative to that explainer's page), the content files the site must copy, and the links
 * between questions as edges of the site's graph.
 *
 * @param hrefs explainer slug, then target as written, to href
 * @param mediaFiles content paths of files to copy into the output, sorted
 * @param wikiLinks explainer slug, then {@code [[...]]} reference as written, to what it resolved to
 * @param redirects old slugs to forward, sorted by old slug
 */
public record ResolvedSite(
    Site site,
    Map<String, Map<String, String>> hrefs,
    Set<String> mediaFiles,
    List<LinkEdge> edges,
    Map<String, Map<String, ResolvedWikiLink>> wikiLinks,
    List<Redirect> redirects) {

  public ResolvedSite {
    hrefs = Map.copyOf(hrefs);
    mediaFiles = Set.copyOf(mediaFiles);
    edges = List.copyOf(edges);
    wikiLinks = Map.copyOf(wikiLinks);
    redirects = List.copyOf(redirects);
  }

  /** The resolved hrefs of one explainer's links. */
  public Map<String, String> hrefsOf(String slug) {
    return hrefs.getOrDefault(slug, Map.of());
  }

  /** The resolved {@code [[...]]} references of one explainer. */
  public Map<String, ResolvedWikiLink> wikiLinksOf(String slug) {
    return wikiLinks.getOrDefault(slug, Map.of());
  }

  /**
   * Text from an explainer's body as a reader sees it: each unlabelled {@code [[...]]} in it (as
   * plain text keeps them) replaced by the title it links with.
   */
  public String readable(String slug, String text) {
    String readable = text;
    for (Map.Entry<String, ResolvedWikiLink> link : wikiLinksOf(slug).entrySet()) {
      readable = readable.replace("[[" + link.getKey() + "]]", link.getValue().text());
    }
    return readable;
  }

  /** The links between explainers, indexed by target. */
  public LinkGraph graph() {
    return LinkGraph.of(edges);
  }
}
