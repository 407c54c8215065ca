package dev.backstory.resolve;

import dev.backstory.content.ImageSize;
import dev.backstory.model.Site;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The site with every reference checked: for each explainer, the href each link target resolves
 * to (relative to that explainer's page), the content files the site must copy, and the links
 * between questions as edges of the site's graph.
 *
 * @param links explainer slug to what its references resolved to
 * @param redirects old slugs to forward, sorted by old slug
 * @param mediaFiles content paths of files to copy into the output, sorted
 * @param resolvedAfresh the slugs of the explainers whose references were resolved for this
 *     site; every other explainer's are the very same as in the build this one reused
 */
public record ResolvedSite(
    Site site,
    Map<String, ExplainerLinks> links,
    List<Redirect> redirects,
    Set<String> mediaFiles,
    Set<String> resolvedAfresh) {

  public ResolvedSite {
    links = Map.copyOf(links);
    redirects = List.copyOf(redirects);
    mediaFiles = Collections.unmodifiableSortedSet(new TreeSet<>(mediaFiles));
    resolvedAfresh = Set.copyOf(resolvedAfresh);
  }

  /**
   * Gathers the site-wide lists from each explainer's links. {@code reused} (may be null) is
   * the site whose links every explainer not in {@code resolvedAfresh} kept: when those
   * resolved afresh need the same files as there, so does the site.
   */
  static ResolvedSite of(Site site, Map<String, ExplainerLinks> links, List<Redirect> redirects,
      Set<String> resolvedAfresh, ResolvedSite reused) {
    if (reused != null && resolvedAfresh.stream().allMatch(slug ->
        links.get(slug).mediaFiles().equals(reused.links().get(slug).mediaFiles()))) {
      return new ResolvedSite(site, links, redirects, reused.mediaFiles(), resolvedAfresh);
    }
    // Gathered unsorted and sorted once by the constructor: explainers share many images, which
    // a sorted set would compare again for each.
    Set<String> media = new HashSet<>();
    for (ExplainerLinks each : links.values()) {
      media.addAll(each.mediaFiles());
    }
    return new ResolvedSite(site, links, redirects, media, resolvedAfresh);
  }

  /** The resolved hrefs of one explainer's links. */
  public Map<String, String> hrefsOf(String slug) {
    ExplainerLinks own = links.get(slug);
    return own == null ? Map.of() : own.hrefs();
  }

  /** The resolved {@code [[...]]} references of one explainer. */
  public Map<String, ImageSize> imageSizesOf(String slug) {
    ExplainerLinks own = links.get(slug);
    return own == null ? Map.of() : own.imageSizes();
  }

  public Map<String, ResolvedWikiLink> wikiLinksOf(String slug) {
    ExplainerLinks own = links.get(slug);
    return own == null ? Map.of() : own.wikiLinks();
  }

  /**
   * Text from an explainer's body as a reader sees it: each unlabelled {@code [[...]]} in it (as
   * plain text keeps them) replaced by the title it links with.
   */
  public String readable(String slug, String text) {
    return readable(text, wikiLinksOf(slug));
  }

  /** {@code text} with each {@code [[...]]} of {@code wikiLinks} in it as the reader sees it. */
  static String readable(String text, Map<String, ResolvedWikiLink> wikiLinks) {
    String readable = text;
    for (Map.Entry<String, ResolvedWikiLink> link : wikiLinks.entrySet()) {
      readable = readable.replace("[[" + link.getKey() + "]]", link.getValue().text());
    }
    return readable;
  }

}
