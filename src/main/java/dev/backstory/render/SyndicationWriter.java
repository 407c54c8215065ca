package dev.backstory.render;

import dev.backstory.model.Explainer;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.Topic;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes what other programs read to follow the site: the Atom feeds (the whole site's and
 * one per topic), the sitemap and robots.txt. All of them need absolute URLs, so a site
 * without a {@code baseUrl} has none.
 */
final class SyndicationWriter {

  private SyndicationWriter() {}

  /** @param indexPages pages that gather explainers, each with its last change, for the sitemap */
  static void write(Site site, Map<String, LocalDate> indexPages, PageSink sink)
      throws IOException {
    if (site.config().baseUrl().isEmpty()) {
      return;
    }
    String title = site.config().title();
    FeedWriter feeds = new FeedWriter(site.config());
    sink.write(Routes.FEED, feeds.feed(title, Routes.FEED, Routes.HOME,
        published(site.explainers())));
    for (Topic topic : site.topics()) {
      sink.write(Routes.topicFeed(topic.slug()), feeds.feed(topic.name() + " · " + title,
          Routes.topicFeed(topic.slug()), Routes.topic(topic.slug()),
          published(site.bySlugs(topic.explainerSlugs()))));
    }
    SitemapWriter.write(site, indexPages, sink);
    sink.write(Routes.ROBOTS, SitemapWriter.robots(site.config()));
  }

  /** What a feed carries: no draft, even in a build that shows them to editors. */
  private static List<Explainer> published(List<Explainer> explainers) {
    return explainers.stream().filter(Indexing::isIndexed).toList();
  }
}
