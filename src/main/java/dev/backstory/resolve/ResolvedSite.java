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
 */
public record ResolvedSite(
    Site site, Map<String, Map<String, String>> hrefs, Set<String> mediaFiles, List<LinkEdge> edges) {

  public ResolvedSite {
    hrefs = Map.copyOf(hrefs);
    mediaFiles = Set.copyOf(mediaFiles);
    edges = List.copyOf(edges);
  }

  /** The resolved hrefs of one explainer's links. */
  public Map<String, String> hrefsOf(String slug) {
    return hrefs.getOrDefault(slug, Map.of());
  }
}
