package dev.backstory.content;

import dev.backstory.model.PersonProfile;
import dev.backstory.model.SiteConfig;
import java.util.List;

/**
 * Everything the load phase read: the site settings, every explainer sorted by file, and the
 * profiles of people quoted.
 *
 * @param unread the content paths of explainer files that could not be read as explainers
 *     (their front matter, say): links to them cannot be checked in this build
 */
public record LoadedContent(SiteConfig config, List<LoadedExplainer> explainers,
    List<PersonProfile> people, List<String> unread) {
  public LoadedContent {
    explainers = List.copyOf(explainers);
    people = List.copyOf(people);
    unread = List.copyOf(unread);
  }
}
