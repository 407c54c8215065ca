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
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.SiteConfig;
import dev.backstory.model.Slugs;
import dev.backstory.model.Topic;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The editorial checks: things a style guide asks of every explainer that the build itself does
 * not need. Each finding names its check in brackets, so a writer can look it up and a site can
 * turn it into an error or off in {@code site.yaml}. Runs on the resolved site because one
 * check needs the link graph.
 */
public final class EditorialReview {

  /** The question marks of the scripts that end a question in one, and the interrobangs. */
  private static final String QUESTION_MARKS = "?\uFF1F\u061F\u1367\u203D\u2047\u2048\u2049";
  /** ASCII punctuation, the ellipsis and the typographic apostrophe: left out of link texts. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2026\u2019";

  /** Link texts that say nothing about where the link goes, lowercased, without punctuation. */
  private static final Set<String> VAGUE_LINK_TEXTS = Set.of("click here", "here", "read more",
      "more", "click", "this", "link", "this link", "go here", "learn more", "read this");

  /**
   * Names Windows keeps for devices: a folder of the site so named cannot be made there, so a
   * reader on Windows cannot unpack the offline copy. Slugs have no dots, after which Windows
   * would keep them too.
   */
  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(?i)con|prn|aux|nul|com[0-9]|lpt[0-9]");

  /** Characters in the longest vague text, its space included. */
  private static final int LONGEST_VAGUE_TEXT =
      VAGUE_LINK_TEXTS.stream().mapToInt(String::length).max().orElseThrow();

  /** What a review found in each explainer, for the next review to reuse. */
  public static final class Findings {
    private final SiteConfig config;
    private final boolean others;
    private final List<Topic> topics;
    private final Map<String, Reviewed> bySlug;

    private Findings(SiteConfig config, boolean others, List<Topic> topics,
        Map<String, Reviewed> bySlug) {
      this.config = config;
      this.others = others;
      this.topics = topics;
      // Not copied: nothing else holds the map, and a preview makes one per save.
      this.bySlug = Collections.unmodifiableMap(bySlug);
    }
  }

  /** One explainer's findings, and what they were found in. */
  private record Reviewed(Explainer explainer, ExplainerLinks links, List<Diagnostic> found) {}

  private final SiteConfig config;
  private final List<Diagnostic> found = new ArrayList<>();

  private EditorialReview(SiteConfig config) {
    this.config = config;
  }

  /**
   * Adds every finding to {@code diagnostics}, at the level the site set for its check. The
   * findings of each explainer that is the same, with the same resolved links, as in
   * {@code previous} (may be null), under the same settings and with the very same topics,
   * are taken from it: the checks look at nothing else. (A site keeps its topics while no
   * explainer's tags or date changed.)
   */
  public static Findings review(ResolvedSite resolved, Diagnostics diagnostics,
      Findings previous) {
    Site site = resolved.site();
    SiteConfig config = site.config();
    boolean others = site.explainers().size() > 1;
    boolean sameGround = previous != null && previous.config.equals(config)
        && previous.others == others && previous.topics == site.topics();
    TopicsByTag topics = new TopicsByTag(site);
    Map<String, Reviewed> bySlug = new HashMap<>();
    for (Explainer explainer : site.explainers()) {
      ExplainerLinks links = resolved.links().get(explainer.slug());
      Reviewed known = sameGround ? previous.bySlug.get(explainer.slug()) : null;
      Reviewed reviewed = known != null && known.explainer() == explainer
          && known.links() == links ? known : reviewed(config, explainer, links, others, topics);
      diagnostics.addAll(reviewed.found());
      bySlug.put(explainer.slug(), reviewed);
    }
    return new Findings(config, others, site.topics(), bySlug);
  }

  private static Reviewed reviewed(SiteConfig config, Explainer explainer,
      ExplainerLinks links, boolean others, TopicsByTag topics) {
    EditorialReview review = new EditorialReview(config);
    review.explainer(explainer,
        others && links.edges().stream().noneMatch(LinkEdge::crossesExplainers));
    review.tagSpellings(explainer, topics);
    review.windowsNames(explainer, topics);
    return new Reviewed(explainer, links, List.copyOf(review.found));
  }

  /** The topic each tag joins, its slug worked out once per spelling. */
  private static final class TopicsByTag {
    private final Site site;
    private final Map<String, Topic> bySlug = new HashMap<>();
    private final Map<String, Topic> byTag = new HashMap<>();

    TopicsByTag(Site site) {
      this.site = site;
      site.topics().forEach(topic -> bySlug.put(topic.slug(), topic));
    }

    Topic of(String tag) {
      return byTag.computeIfAbsent(tag, t -> bySlug.get(Slugs.of(t)));
    }

    /** The file of the explainer whose spelling named the topic: the newest one with it. */
    String namedIn(Topic topic) {
      return site.bySlug(topic.explainerSlugs().get(0)).orElseThrow().sourceFile();
    }
  }

  /**
   * Tags with the same slug share one topic page, named as the newest explainer writes the
   * tag: every other spelling, and a tag listed twice, is reported where it is written. "C"
   * and "C#" would otherwise land on one page without a word.
   */
  private void tagSpellings(Explainer explainer, TopicsByTag topics) {
    List<String> tags = explainer.meta().tags();
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      Topic topic = topics.of(tag);
      if (!tag.equals(topic.name())) {
        String namedIn = topics.namedIn(topic);
        report(EditorialCheck.TAG_SPELLING, tagPosition(explainer, i),
            "tag \"%s\" shares the topic page %s with \"%s\" (as %s writes it): spell it "
                + "the same way, or choose a tag that tells the two apart",
            tag, Routes.topic(topic.slug()), topic.name(),
            namedIn.equals(explainer.sourceFile()) ? "this file" : namedIn);
      } else if (tags.indexOf(tag) < i) {
        report(EditorialCheck.TAG_SPELLING, tagPosition(explainer, i),
            "tag \"%s\" is listed twice", tag);
      }
    }
  }

  /** The explainer's folder, or a topic folder of its tags, named as a Windows device. */
  private void windowsNames(Explainer explainer, TopicsByTag topics) {
    if (WINDOWS_DEVICE.matcher(explainer.slug()).matches()) {
      report(EditorialCheck.WINDOWS_NAME, explainer.meta().positionOf("slug")
              .orElse(SourcePosition.startOf(explainer.sourceFile())),
          "the page %s is in a folder whose name Windows keeps for a device, so readers on "
              + "Windows cannot unpack the offline copy: set another `slug`, or rename the file",
          Routes.explainer(explainer.slug()));
    }
    List<String> tags = explainer.meta().tags();
    for (int i = 0; i < tags.size(); i++) {
      String slug = topics.of(tags.get(i)).slug();
      if (WINDOWS_DEVICE.matcher(slug).matches()) {
        report(EditorialCheck.WINDOWS_NAME, tagPosition(explainer, i),
            "tag \"%s\" makes the topic page %s, in a folder whose name Windows keeps for a "
                + "device, so readers on Windows cannot unpack the offline copy: choose another "
                + "tag", tags.get(i), Routes.topic(slug));
      }
    }
  }

  /** A publication date before {@link EditorialCheck#FIRST_YEAR}: a year mistyped. */
  private void earlyDate(FrontMatter meta, String key, LocalDate date, SourcePosition top) {
    if (date != null && date.getYear() < EditorialCheck.FIRST_YEAR) {
      report(EditorialCheck.EARLY_DATE, meta.positionOf(key).orElse(top),
          "`%s` %s is in the year %d: is the year mistyped?", key, date, date.getYear());
    }
  }

  private static SourcePosition tagPosition(Explainer explainer, int index) {
    return explainer.meta().tagPosition(index)
        .orElseGet(() -> SourcePosition.startOf(explainer.sourceFile()));
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
    earlyDate(meta, "date", meta.date(), top);
    earlyDate(meta, "updated", meta.updated(), top);
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
    found.add(new Diagnostic(severity, where,
        String.format(Locale.ROOT, format, args) + " [" + check.key() + "]"));
  }

  /**
   * Whether a heading ends as a question does in its language: in a question mark (Latin's,
   * the full-width one, Arabic's, Ethiopic's, the interrobang), or in Greek's, which is
   * {@code ;}. Closing quotes and brackets may follow it: Why “now?”
   */
  private static boolean endsWithQuestionMark(String title) {
    String stripped = title.strip();
    int end = stripped.length();
    while (end > 0 && isClosing(stripped.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = stripped.charAt(end - 1);
    return QUESTION_MARKS.indexOf(last) >= 0
        || ((last == ';' || last == '\u037E') && stripped.codePoints().anyMatch(cp ->
            Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK));
  }

  private static boolean isClosing(char c) {
    int type = Character.getType(c);
    return c == '"' || c == '\'' || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
  }

  /** Whether a link text, without punctuation and case, is one of the vague ones. */
  private static boolean isVague(String text) {
    StringBuilder words = new StringBuilder();
    boolean spaceBefore = false;
    // Most link texts are longer than any vague one: reading stops as soon as that shows.
    for (int i = 0; i < text.length() && words.length() <= LONGEST_VAGUE_TEXT; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        spaceBefore = words.length() > 0;
      } else if (PUNCTUATION.indexOf(c) < 0) {
        if (spaceBefore) {
          words.append(' ');
          spaceBefore = false;
        }
        words.append(c);
      }
    }
    return words.length() <= LONGEST_VAGUE_TEXT
        && VAGUE_LINK_TEXTS.contains(words.toString().toLowerCase(Locale.ROOT));
  }
}
