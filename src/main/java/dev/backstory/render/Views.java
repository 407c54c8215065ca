package dev.backstory.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * What templates see: small read-only records built for each page, never the model itself.
 * Every {@code href} is relative to the page being rendered. Fields typed
 * {@link TemplateHTMLOutputModel} hold HTML that Backstory rendered and escaped already;
 * templates print them as they are. Every other text is escaped by the template. Optional
 * fields are null when absent (test with {@code ??}); lists are empty, never null.
 *
 * <p>The README documents this model for designers; keep the two in step.
 */
public final class Views {

  private Views() {}

  /**
   * Site-wide settings, the same on every page.
   *
   * @param direction {@code rtl} when the site's language is written from right to left, else
   *     {@code ltr}: the value of each page's {@code dir}
   * @param ogLocale the language as Open Graph writes a locale, language and territory only:
   *     {@code en}, {@code pt_BR}, {@code zh_TW} for {@code zh-Hant-TW}
   */
  public record SiteView(
      String title, String description, String language, String direction, String publisher,
      String ogLocale) {}

  /**
   * The page being rendered.
   *
   * @param kind one of {@code home}, {@code explainer}, {@code topic}, {@code people},
   *     {@code person}, {@code timeline}, {@code questions}, {@code redirect}, {@code search},
   *     {@code not-found}
   * @param root the relative path from this page to the site root, such as {@code ../}
   * @param questionsHref the question index, or missing when the layouts have none
   * @param peopleHref the people index, or missing when the layouts have none
   * @param timelineHref the merged timeline, or missing when the layouts have none
   */
  public record PageView(
      String kind, String title, String description, String root, String homeHref,
      String questionsHref, String peopleHref, String timelineHref, String cssHref,
      HeadView head) {}

  /**
   * What the head of a page tells search engines, feed readers and link previews, and where
   * the site's search lives. URLs named {@code canonical} and {@code image} are absolute and
   * missing when the site has no {@code baseUrl}.
   *
   * @param ogType {@code article} or {@code website}
   * @param twitterCard {@code summary_large_image} with an image, else {@code summary}
   * @param published when an article, its ISO date; else missing
   * @param modified when an article, the ISO date of its last change; else missing
   * @param jsonLd the page's structured data, escaped for a script element; missing without a
   *     base URL
   * @param feeds the Atom feeds that cover this page, each {@code text} and {@code href}
   * @param searchHref the search page, or missing when the layouts have none
   * @param indexed whether search engines may index the page: not the search and 404 pages,
   *     nor, in a build that includes drafts, a draft or a list that shows only drafts
   */
  public record HeadView(
      String canonical, String ogType, String image, String imageAlt, String twitterCard,
      String published, String modified, List<String> tags, TemplateHTMLOutputModel jsonLd,
      List<LinkView> feeds, String searchHref, boolean indexed) {}

  /** A date: {@code iso} for {@code <time datetime>}, {@code display} for readers. */
  public record DateView(String iso, String display) {}

  public record LinkView(String text, String href) {}

  public record AuthorView(String name, String url, String role) {}

  public record ImageView(
      String src, String alt, String caption, String credit, String license, int width, int height) {}

  /**
   * A question section.
   *
   * @param headingAttributes the attributes written after the heading ({@code {lang=ko}}), as
   *     HTML to go in the heading's tag, such as {@code  lang="ko"}, or empty
   * @param heading the heading's inline HTML
   * @param body the section's HTML
   * @param permalink the section's link, relative to this page
   */
  public record QuestionView(
      String id, String title, TemplateHTMLOutputModel headingAttributes,
      TemplateHTMLOutputModel heading, TemplateHTMLOutputModel body,
      String permalink, List<String> aliases, List<ConnectionViews.BacklinkView> referencedIn) {}

  public record SourceView(String title, String url, String publisher, DateView date) {}

  /** @param kind Correction, Clarification or Update */
  public record CorrectionView(DateView date, String kind, String text) {}

  /** @param href the section that discusses the event, or null */
  public record TimelineEventView(DateView date, String event, String href) {}

  /** An explainer in a list: the home page and topic pages. */
  public record ExplainerSummaryView(
      String title, String href, String dek, DateView date, List<LinkView> tags, int questionCount) {}

  public record TopicView(String name, String href, int count) {}

  /**
   * An explainer, whole.
   *
   * @param modified the date of the latest change a reader should know of (the newest of
   *     {@code updated} and the corrections), or null when it was never changed after {@code date}
   * @param draft whether it is a draft, shown only in previews and {@code --drafts} builds
   * @param readingMinutes whole minutes to read the body, at least 1
   */
  public record ExplainerView(
      String slug,
      String title,
      String dek,
      List<AuthorView> authors,
      String source,
      DateView date,
      DateView updated,
      String dateline,
      List<LinkView> tags,
      ImageView image,
      TemplateHTMLOutputModel shortAnswer,
      List<QuestionView> questions,
      TemplateHTMLOutputModel footnotes,
      List<SourceView> sources,
      List<CorrectionView> corrections,
      List<TimelineEventView> timeline,
      DateView modified,
      boolean draft,
      int wordCount,
      int readingMinutes,

      List<LinkView> linkedFrom,
      List<ExplainerSummaryView> related,
      TemplateHTMLOutputModel previews,
      String previewScriptHref) {}

  /** The data model of {@code explainer.ftlh}. */
  public record ExplainerPage(SiteView site, PageView page, ExplainerView explainer) {}

  /**
   * The data model of {@code home.ftlh}: one page of the list of explainers, newest first; the
   * topics are listed on the first page only.
   */
  public record HomePage(SiteView site, PageView page, List<ExplainerSummaryView> explainers,
      List<TopicView> topics, PaginationView pagination) {}

  /**
   * Where a page of a long list sits among its pages; missing when the list fits on one page.
   *
   * @param newerHref the page before, missing on the first
   * @param olderHref the page after, missing on the last
   */
  public record PaginationView(int page, int pages, String newerHref, String olderHref) {}

  /** The data model of {@code search.ftlh} and {@code 404.ftlh}. */
  public record PlainPage(SiteView site, PageView page) {}

  /** The data model of {@code topic.ftlh}: one page of the topic's explainers, newest first. */
  public record TopicPage(SiteView site, PageView page, TopicView topic,
      List<ExplainerSummaryView> explainers, PaginationView pagination) {}
}
