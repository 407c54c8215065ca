package dev.backstory.content;

import dev.backstory.model.SiteConfig;
import java.util.List;

/** Everything the load phase read: the site settings and every explainer, sorted by file. */
public record LoadedContent(SiteConfig config, List<LoadedExplainer> explainers) {
  public LoadedContent {
    explainers = List.copyOf(explainers);
  }
}
