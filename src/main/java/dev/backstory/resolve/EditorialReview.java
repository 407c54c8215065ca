package dev.backstory.resolve;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Diagnostics;
import dev.backstory.diag.Severity;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.CheckLevel;
import dev.backstory.model.EditorialCheck;
import dev.backstory.model.Explainer;
import dev.backstory.model.FrontMatter;
import dev.backstory.model.LinkRef;
import dev.backstory.model.Question;
import dev.backstory.model.SiteConfig;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The editorial checks: things a style guide asks of every explainer that the build itself does
 * not need. Each finding names its check in brackets, so a writer can look it up and a site can
 * turn it into an error or off in {@code site.yaml}. Runs on the resolved site because one
 * check needs the link graph.
 */
public final class EditorialReview {

  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\u2026\\u2019]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Link texts that say nothing about where the link goes, lowercased, without punctuation. */
  private static final Set<String> VAGUE_LINK_TEXTS = Set.of("click here", "here", "read more",
      "more", "click", "this", "link", "this link", "go here", "learn more", "read this");

  private final SiteConfig config;
  private final Diagnostics diagnostics;

  private EditorialReview(SiteConfig config, Diagnostics diagnostics) {
    this.config = config;
    this.diagnostics = diagnostics;
  }

  /** Adds every finding to {@code diagnostics}, at the level the site set for its check. */
  public static void review(ResolvedSite resolved, Diagnostics diagnostics) {
    EditorialReview review = new EditorialReview(resolved.site().config(), diagnostics);
    Set<String> linksOut = new HashSet<>();
    for (LinkEdge edge : resolved.edges()) {
      if (!edge.fromSlug().equals(edge.toSlug())) {
        linksOut.add(edge.fromSlug());
      }
    }
    boolean others = resolved.site().explainers().size() > 1;
    for (Explainer explainer : resolved.site().explainers()) {
      review.explainer(explainer, others && !linksOut.contains(explainer.slug()));
    }
  }

  private void explainer(Explainer explainer, boolean noCrossLink) {
    FrontMatter meta = explainer.meta();
    SourcePosition top = SourcePosition.startOf(explainer.sourceFile());
    for (Question question : explainer.questions()) {
      if (!endsWithQuestionMark(question.title())) {
        report(EditorialCheck.QUESTION_MARK, question.position(),
            "question heading \"%s\" does not end in `?`: phrase it as the reader's question",
            question.title());
      }
    }
    if (meta.dek() == null) {
      report(EditorialCheck.MISSING_DEK, top,
          "no `dek`: add a one-sentence standfirst under the headline");
    } else if (meta.dek().length() > EditorialCheck.DEK_LIMIT) {
      report(EditorialCheck.DEK_LENGTH, meta.positionOf("dek").orElse(top),
          "`dek` is %d characters; keep it under %d", meta.dek().length(),
          EditorialCheck.DEK_LIMIT);
    }
    if (meta.authors().isEmpty()) {
      report(EditorialCheck.MISSING_BYLINE, top, "no `authors`: say who wrote or edited this");
    }
    if (meta.title().length() > EditorialCheck.TITLE_LIMIT) {
      report(EditorialCheck.TITLE_LENGTH, meta.positionOf("title").orElse(top),
          "`title` is %d characters; keep it under %d", meta.title().length(),
          EditorialCheck.TITLE_LIMIT);
    }
    if (meta.updated() != null && meta.updated().isBefore(meta.date())) {
      report(EditorialCheck.UPDATED_BEFORE_DATE, meta.positionOf("updated").orElse(top),
          "`updated` %s is earlier than `date` %s", meta.updated(), meta.date());
    }
    if (meta.image() != null && meta.image().credit() == null) {
      report(EditorialCheck.IMAGE_CREDIT, meta.positionOf("image").orElse(top),
          "the image has no `credit`: say who made it");
    }
    for (LinkRef link : explainer.links()) {
      if (link.image() && link.text().isBlank()) {
        report(EditorialCheck.IMAGE_ALT, link.position(),
            "image `%s` has no alt text: describe it inside the brackets", link.target());
      } else if (!link.image() && isVague(link.text())) {
        report(EditorialCheck.VAGUE_LINK_TEXT, link.position(),
            "link text \"%s\" does not say where it goes: name the page or question instead",
            link.text());
      }
    }
    if (noCrossLink) {
      report(EditorialCheck.NO_CROSS_LINK, top,
          "links to no other explainer: point readers to at least one related explainer");
    }
  }

  private void report(EditorialCheck check, SourcePosition where, String format, Object... args) {
    CheckLevel level = config.level(check);
    if (level == CheckLevel.OFF) {
      return;
    }
    Severity severity = level == CheckLevel.ERROR ? Severity.ERROR : Severity.WARNING;
    diagnostics.add(new Diagnostic(severity, where,
        String.format(Locale.ROOT, format, args) + " [" + check.key() + "]"));
  }

  private static boolean endsWithQuestionMark(String title) {
    String stripped = title.strip();
    return stripped.endsWith("?") || stripped.endsWith("\uFF1F") || stripped.endsWith("\u061F");
  }

  private static boolean isVague(String text) {
    String bare = PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    String words = SPACES.matcher(bare).replaceAll(" ").strip();
    return VAGUE_LINK_TEXTS.contains(words);
  }
}
