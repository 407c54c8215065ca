package dev.backstory.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One explainer: its metadata, its question sections and what its body refers to.
 *
 * @param slug the URL name, from the file name unless front matter sets {@code slug}
 * @param sourceFile the file as the user knows it, for messages
 * @param contentPath the file relative to the content folder, with {@code /} separators; links
 *     between explainers are written against this
 * @param anchors every id a link may target on the page (questions and sub-headings)
 * @param wordCount words a reader reads in the body (short answer and questions)
 * @param wikiLinks the {@code [[slug#id]]} links and {@code ![[slug#id]]} includes in the body
 */
public record Explainer(
    String slug,
    String sourceFile,
    String contentPath,
    FrontMatter meta,
    List<Question> questions,
    Set<String> anchors,
    List<LinkRef> links,
    List<Quote> quotes,
    int wordCount,
    List<WikiLinkRef> wikiLinks) {

  /** Words a minute of an adult reading news prose on a screen, a common planning figure. */
  static final int WORDS_PER_MINUTE = 230;

  public Explainer {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(contentPath, "contentPath");
    Objects.requireNonNull(meta, "meta");
    questions = List.copyOf(questions);
    anchors = Set.copyOf(anchors);
    links = List.copyOf(links);
    quotes = List.copyOf(quotes);
    wikiLinks = List.copyOf(wikiLinks);
    if (wordCount < 0) {
      throw new IllegalArgumentException("wordCount < 0: " + wordCount);
    }
  }

  /** An explainer whose words were not counted and that has no wiki links. */
  public Explainer(String slug, String sourceFile, String contentPath, FrontMatter meta,
      List<Question> questions, Set<String> anchors, List<LinkRef> links, List<Quote> quotes) {
    this(slug, sourceFile, contentPath, meta, questions, anchors, links, quotes, 0, List.of());
  }

  /** Whole minutes to read the body, rounded up, at least one. */
  public int readingMinutes() {
    return Math.max(1, (wordCount + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }

  public String title() {
    return meta.title();
  }

  /** The question with this id, or with this id among its old ones. */
  public Optional<Question> question(String idOrAlias) {
    for (Question question : questions) {
      if (question.id().equals(idOrAlias) || question.aliases().contains(idOrAlias)) {
        return Optional.of(question);
      }
    }
    return Optional.empty();
  }

  /** The id a link should use for {@code id}: itself, or the new id when it is an old one. */
  public Optional<String> canonicalAnchor(String id) {
    if (anchors.contains(id)) {
      return Optional.of(id);
    }
    return question(id).map(Question::id);
  }
}
