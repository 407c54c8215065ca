package dev.backstory.render;

import freemarker.core.TemplateHTMLOutputModel;
import dev.backstory.model.Author;
import dev.backstory.model.Correction;
import dev.backstory.model.Explainer;
import dev.backstory.model.FrontMatter;
import dev.backstory.model.Label;
import dev.backstory.model.LeadImage;
import dev.backstory.model.PartialDate;
import dev.backstory.model.Routes;
import dev.backstory.model.SiteConfig;
import dev.backstory.model.Slugs;
import dev.backstory.model.Topic;
import dev.backstory.model.WritingDirection;
import dev.backstory.render.BodyRenderer.RenderedBody;
import dev.backstory.render.Views.AuthorView;
import dev.backstory.render.Views.CorrectionView;
import dev.backstory.render.Views.DateView;
import dev.backstory.render.Views.ExplainerSummaryView;
import dev.backstory.render.Views.ExplainerView;
import dev.backstory.render.Views.HeadView;
import dev.backstory.render.Views.ImageView;
import dev.backstory.render.Views.LinkView;
import dev.backstory.render.Views.PageView;
import dev.backstory.render.Views.QuestionView;
import dev.backstory.render.Views.SiteView;
import dev.backstory.render.Views.SourceView;
import dev.backstory.render.Views.TimelineEventView;
import dev.backstory.render.Views.TopicView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/** Builds the view records for one page; every href it makes is relative to that page. */
final class ViewBuilder {

  /**
   * Each tag's slug, worked out once: every summary on every page lists its tags, and a site
   * has few tags. (Slugs fold accents and name symbols, which is slow to do per page.)
   */
  private static final Map<String, String> TAG_SLUGS = new ConcurrentHashMap<>();

  private final String page;
  private final String fixedRoot;
  private final Wording wording;

  /**
   * @param page the output path of the page being rendered, such as {@code a/index.html}
   * @param wording how the site words dates and labels
   */
  ViewBuilder(String page, Wording wording) {
    this(page, null, wording);
  }

  private ViewBuilder(String page, String fixedRoot, Wording wording) {
    this.page = page;
    this.fixedRoot = fixedRoot;
    this.wording = wording;
  }

  /**
   * For a page a host serves at any address, such as {@code 404.html}: every href starts
   * from {@code root} (a root-relative path such as {@code /explainers/}), not from the page.
   */
  static ViewBuilder fromRoot(String page, String root, Wording wording) {
    return new ViewBuilder(page, root, wording);
  }

  static SiteView site(SiteConfig config) {
    return new SiteView(config.title(), config.description(), config.language(),
        WritingDirection.of(config.language()), config.publisher(), ogLocale(config.language()));
  }

  /**
   * A language tag as Open Graph writes a locale, {@code language_TERRITORY}: a script or a
   * variant has no place there, so {@code zh-Hant-TW} is {@code zh_TW}.
   */
  static String ogLocale(String language) {
    Locale locale = Locale.forLanguageTag(language);
    return locale.getCountry().isEmpty() ? locale.getLanguage()
        : locale.getLanguage() + "_" + locale.getCountry();
  }

  /** @param pages the pages that gather the site, linked from every page when written */
  PageView page(String kind, String title, String description, HeadView head,
      ThemePages pages) {
    String root = fixedRoot != null ? fixedRoot
        : Routes.relative(page, Routes.HOME).replace(Routes.HOME, "");
    return new PageView(kind, title, description, root, href(Routes.HOME),
        pages.questions() ? href(Routes.QUESTIONS) : null,
        pages.people() ? href(Routes.PEOPLE) : null,
        pages.timeline() ? href(Routes.TIMELINE) : null,
        href(Routes.asset("style.css")), head);
  }

  /** Where page {@code page} of {@code pages} sits; null when there is only one page. */
  Views.PaginationView pagination(int page, int pages, IntFunction<String> pathOfPage) {
    if (pages == 1) {
      return null;
    }
    return new Views.PaginationView(page, pages,
        page > 1 ? href(pathOfPage.apply(page - 1)) : null,
        page < pages ? href(pathOfPage.apply(page + 1)) : null);
  }

  String href(String outputPath) {
    return fixedRoot != null ? fixedRoot + Routes.relative(Routes.HOME, outputPath)
        : Routes.relative(page, outputPath);
  }

  /** What an explainer page shows of its connections, built by {@link ConnectionViewBuilder}. */
  record Connected(Map<String, List<ConnectionViews.BacklinkView>> referencedIn,
      List<LinkView> linkedFrom, List<ExplainerSummaryView> related,
      TemplateHTMLOutputModel previews, String previewScriptHref) {}

  ExplainerView explainer(Explainer explainer, RenderedBody body, Connected connected) {
    FrontMatter meta = explainer.meta();
    List<QuestionView> questions = new ArrayList<>();
    for (int i = 0; i < explainer.questions().size(); i++) {
      var question = explainer.questions().get(i);
      var rendered = body.questions().get(i);
      questions.add(new QuestionView(question.id(), question.title(),
          TemplateEngine.html(rendered.headingAttributes()),
          TemplateEngine.html(rendered.heading()), TemplateEngine.html(rendered.body()),
          "#" + question.id(), question.aliases(),
          connected.referencedIn().getOrDefault(question.id(), List.of())));
    }
    return new ExplainerView(
        explainer.slug(),
        meta.title(),
        meta.dek(),
        meta.authors().stream().map(ViewBuilder::author).toList(),
        meta.source(),
        date(meta.date()),
        meta.updated() == null ? null : date(meta.updated()),
        meta.dateline(),
        tags(meta.tags()),
        meta.image() == null ? null : image(meta.image()),
        TemplateEngine.html(body.shortAnswer()),
        questions,
        body.footnotes().isEmpty() ? null : TemplateEngine.html(body.footnotes()),
        meta.sources().stream().map(s -> new SourceView(s.title(), s.url(), s.publisher(),
            s.date() == null ? null : date(s.date()))).toList(),
        meta.corrections().stream().map(this::correction).toList(),
        meta.timeline().stream().map(event -> new TimelineEventView(date(event.date()),
            event.event(), event.questionId() == null ? null : "#" + event.questionId())).toList(),
        meta.lastModified().isAfter(meta.date()) ? date(meta.lastModified()) : null,
        meta.draft(),
        explainer.wordCount(),
        explainer.readingMinutes(),

        connected.linkedFrom(),
        connected.related(),
        connected.previews(),
        connected.previewScriptHref());
  }

  ExplainerSummaryView summary(Explainer explainer) {
    FrontMatter meta = explainer.meta();
    return new ExplainerSummaryView(meta.title(), href(Routes.explainer(explainer.slug())),
        meta.dek() != null ? meta.dek() : meta.summary(), date(meta.date()), tags(meta.tags()),
        explainer.questions().size());
  }

  TopicView topic(Topic topic) {
    return new TopicView(topic.name(), href(Routes.topic(topic.slug())), topic.explainerSlugs().size());
  }

  private List<LinkView> tags(List<String> tags) {
    return tags.stream()
        .map(tag -> new LinkView(tag,
            href(Routes.topic(TAG_SLUGS.computeIfAbsent(tag, Slugs::of)))))
        .toList();
  }

  private ImageView image(LeadImage image) {
    return new ImageView(href(Routes.media(image.path())), image.alt(), image.caption(),
        image.credit(), image.license(), image.width(), image.height());
  }

  private static AuthorView author(Author author) {
    return new AuthorView(author.name(), author.url(), author.role());
  }

  private CorrectionView correction(Correction correction) {
    Label kind = switch (correction.kind()) {
      case CORRECTION -> Label.CORRECTION;
      case CLARIFICATION -> Label.CLARIFICATION;
      case UPDATE -> Label.UPDATE;
    };
    return new CorrectionView(date(correction.date()), wording.label(kind), correction.text());
  }

  DateView date(LocalDate date) {
    return date(PartialDate.of(date));
  }

  DateView date(PartialDate date) {
    return new DateView(date.iso(), wording.date(date));
  }
}
