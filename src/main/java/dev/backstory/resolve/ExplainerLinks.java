package dev.backstory.resolve;

import dev.backstory.content.ImageSize;
import dev.backstory.diag.Diagnostic;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one explainer's references resolved to. Kept per explainer so that a rebuild can reuse
 * those of explainers that did not change.
 *
 * @param hrefs each link target as written, to its href relative to the explainer's page
 * @param imageSizes each image of the content folder, as written, to its size
 * @param wikiLinks each {@code [[...]]} reference as written, to what it resolved to, sorted
 * @param edges its links to questions and explainers, in file order
 * @param mediaFiles content paths of the files it needs copied (its lead image included)
 * @param problems what resolving found, in order
 */
public record ExplainerLinks(
    Map<String, String> hrefs,
    Map<String, ImageSize> imageSizes,
    Map<String, ResolvedWikiLink> wikiLinks,
    List<LinkEdge> edges,
    Set<String> mediaFiles,
    List<Diagnostic> problems) {

  public ExplainerLinks {
    hrefs = Map.copyOf(hrefs);
    imageSizes = Map.copyOf(imageSizes);
    // Sorted, so that text with several references reads the same in every build.
    wikiLinks = Collections.unmodifiableSortedMap(new TreeMap<>(wikiLinks));
    edges = List.copyOf(edges);
    mediaFiles = Set.copyOf(mediaFiles);
    problems = List.copyOf(problems);
  }
}
