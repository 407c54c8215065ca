package dev.backstory.render;

import dev.backstory.model.Explainer;
import java.util.List;

/**
 * Which pages search engines are asked to index, for the pages' heads and the sitemap alike. A
 * build that includes drafts (a preview, a site put online for editors) still keeps them out:
 * a draft's page, and a list whose every explainer is a draft.
 */
final class Indexing {

  private Indexing() {}

  static boolean isIndexed(Explainer explainer) {
    return !explainer.meta().draft();
  }

  /** A list page of these explainers; an empty one (a site with none yet) stays indexed. */
  static boolean isIndexed(List<Explainer> shown) {
    return shown.isEmpty() || shown.stream().anyMatch(Indexing::isIndexed);
  }
}
