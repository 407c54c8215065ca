package dev.backstory.render;

import dev.backstory.model.Explainer;
import dev.backstory.model.FrontMatter;
import dev.backstory.model.Routes;
import dev.backstory.model.SiteConfig;
import dev.backstory.model.Topic;
import dev.backstory.render.Views.HeadView;
import dev.backstory.render.Views.LinkView;
import java.util.ArrayList;
import java.util.List;

/** Builds each page's head metadata: canonical URL, link previews, feeds, structured data. */
final class HeadViews {

  private final SiteConfig config;
  private final StructuredData structuredData;
  private final boolean hasSearch;

  /** @param hasSearch whether the site has a search page to link to */
  HeadViews(SiteConfig config, boolean hasSearch) {
    this.config = config;
    this.structuredData = new StructuredData(config);
    this.hasSearch = hasSearch;
  }

  /** A page of the home page's list, at {@code path}, called {@code name}, showing these. */
  HeadView home(ViewBuilder views, String path, String name, List<Explainer> shown) {
    return head(views, path, "website", null, null, null, null, List.of(),
        structuredData.isAvailable() ? structuredData.home(path, name) : null, feeds(views, null),
        Indexing.isIndexed(shown));
  }

  /** A page of a topic's list, at {@code path}, called {@code name}, showing these. */
  HeadView topic(ViewBuilder views, Topic topic, String path, String name,
      List<Explainer> shown) {
    return head(views, path, "website", null, null, null, null, List.of(),
        structuredData.isAvailable() ? structuredData.topic(topic, path, name,
            shown.stream().map(Explainer::slug).toList()) : null,
        feeds(views, topic), Indexing.isIndexed(shown));
  }

  /** @param answers each question's answer as plain text */
  HeadView explainer(ViewBuilder views, Explainer explainer, String description,
      List<String> answers) {
    FrontMatter meta = explainer.meta();
    return head(views, Routes.explainer(explainer.slug()), "article", meta.image() == null ? null
            : meta.image().path(), meta.image() == null ? null : meta.image().alt(),
        meta.date().toString(), meta.lastModified().toString(), meta.tags(),
        structuredData.isAvailable() ? structuredData.explainer(explainer, description, answers)
            : null,
        feeds(views, null), Indexing.isIndexed(explainer));
  }

  /** A page that gathers others (people, timeline, questions), with breadcrumbs to it. */
  HeadView page(ViewBuilder views, String path, String title) {
    return page(views, path, title, true);
  }

  /**
   * A page that gathers what these explainers hold (a person's quotes): not indexed when
   * every one of them is a draft.
   */
  HeadView page(ViewBuilder views, String path, String title, List<Explainer> from) {
    return page(views, path, title, Indexing.isIndexed(from));
  }

  /** The search page: its results are the site's own pages, which search engines index. */
  HeadView search(ViewBuilder views, String title) {
    return page(views, Routes.SEARCH, title, false);
  }

  private HeadView page(ViewBuilder views, String path, String title, boolean indexed) {
    return head(views, path, "website", null, null, null, null, List.of(),
        structuredData.isAvailable() ? structuredData.page(path, title) : null,
        feeds(views, null), indexed);
  }

  /**
   * A page with no structured data: the 404 page (no place of its own: {@code canonicalPath}
   * null, nor any for search engines) or a redirect (canonical: where it forwards to).
   */
  HeadView plain(ViewBuilder views, String canonicalPath) {
    return head(views, canonicalPath, "website", null, null, null, null, List.of(), null,
        feeds(views, null), canonicalPath != null);
  }

  private HeadView head(ViewBuilder views, String path, String ogType, String imagePath,
      String imageAlt, String published, String modified, List<String> tags, String jsonLd,
      List<LinkView> feeds, boolean indexed) {
    String canonical = path == null || config.baseUrl().isEmpty() ? null : config.absolute(path);
    String image = imagePath == null || config.baseUrl().isEmpty() ? null
        : config.absolute(Routes.media(imagePath));
    return new HeadView(canonical, ogType, image, image == null ? null : imageAlt,
        image == null ? "summary" : "summary_large_image", published, modified, tags,
        jsonLd == null ? null : TemplateEngine.html(jsonLd), feeds,
        hasSearch ? views.href(Routes.SEARCH) : null, indexed);
  }

  /** The site's feed and, on a topic page, the topic's; feeds need absolute URLs. */
  private List<LinkView> feeds(ViewBuilder views, Topic topic) {
    if (config.baseUrl().isEmpty()) {
      return List.of();
    }
    List<LinkView> feeds = new ArrayList<>();
    if (topic != null) {
      feeds.add(new LinkView(topic.name() + " · " + config.title(),
          views.href(Routes.topicFeed(topic.slug()))));
    }
    feeds.add(new LinkView(config.title(), views.href(Routes.FEED)));
    return feeds;
  }
}
