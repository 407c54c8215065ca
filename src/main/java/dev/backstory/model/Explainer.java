package dev.backstory.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One explainer: its metadata, its question sections and what its body refers to.
 *
 * @param slug the URL name, from the file name unless front matter sets {@code slug}
 * @param sourceFile the file as the user knows it, for messages
 * @param contentPath the file relative to the content folder, with {@code /} separators; links
 *     between explainers are written against this
 * @param anchors every id a link may target on the page (questions and sub-headings)
 */
public record Explainer(
    String slug,
    String sourceFile,
    String contentPath,
    FrontMatter meta,
    List<Question> questions,
    Set<String> anchors,
    List<LinkRef> links,
    List<Quote> quotes) {

  public Explainer {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(contentPath, "contentPath");
    Objects.requireNonNull(meta, "meta");
    questions = List.copyOf(questions);
    anchors = Set.copyOf(anchors);
    links = List.copyOf(links);
    quotes = List.copyOf(quotes);
  }

  public String title() {
    return meta.title();
  }
}
