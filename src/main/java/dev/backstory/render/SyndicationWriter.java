package dev.backstory.render;

import java.time.LocalDate;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.Topic;
import java.io.IOException;

/**
 * Writes what other programs read to follow the site: the Atom feeds (the whole site's and
 * one per topic), the sitemap and robots.txt. All of them need absolute URLs, so a site
 * without a {@code baseUrl} has none.
 */
final class SyndicationWriter {

  private SyndicationWriter() {}

  /** @param indexPages pages that gather explainers, each with its last change, for the sitemap */
  static void write(Site site, java.util.Map<String, LocalDate> indexPages, PageSink sink)
      throws IOException {
    if (site.config().baseUrl().isEmpty()) {
      return;
    }
    String title = site.config().title();
    FeedWriter feeds = new FeedWriter(site.config());
    sink.write(Routes.FEED, feeds.feed(title, Routes.FEED, Routes.HOME, site.explainers()));
    for (Topic topic : site.topics()) {
      sink.write(Routes.topicFeed(topic.slug()), feeds.feed(topic.name() + " · " + title,
          Routes.topicFeed(topic.slug()), Routes.topic(topic.slug()),
          site.bySlugs(topic.explainerSlugs())));
    }
    SitemapWriter.write(site, indexPages, sink);
    sink.write(Routes.ROBOTS, SitemapWriter.robots(site.config()));
  }
}
