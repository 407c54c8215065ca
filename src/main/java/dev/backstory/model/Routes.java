package dev.backstory.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;

/**
 * Where each page and file lives inside the output folder, and how one page links to another.
 * Links are relative and name {@code index.html} explicitly, so the same output works at a
 * domain root, under a sub-path and opened from disk.
 */
public final class Routes {

  public static final String HOME = "index.html";

  /** Top-level names the site's own pages and files use; no explainer may take them. */
  public static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("assets", "media",
      "topics", "people", "timeline", "questions", "search", "downloads", "feeds", "tags", "page",
      "sitemaps");

  private Routes() {}

  public static final String SEARCH = "search/index.html";
  /** The search index: a script, not JSON, so it loads from disk where fetch cannot. */
  public static final String SEARCH_INDEX = "search/search-index.js";
  public static final String FEED = "feed.xml";
  public static final String SITEMAP = "sitemap.xml";
  public static final String ROBOTS = "robots.txt";
  public static final String NOT_FOUND = "404.html";

  /** Part {@code n} (from 1) of a sitemap too big for one file; sitemap.xml is their index. */
  public static String sitemapPart(int n) {
    return "sitemaps/sitemap-" + n + ".xml";
  }

  public static String topicFeed(String topicSlug) {
    return "topics/" + topicSlug + "/feed.xml";
  }

  /** The explainer as one self-contained file, for email and archives. */
  public static String standalone(String slug) {
    return "downloads/" + slug + ".html";
  }

  /** The whole site as a zip to read offline. */
  public static String offlineBundle(String siteName) {
    return "downloads/" + siteName + "-offline.zip";
  }

  public static String explainer(String slug) {
    return slug + "/index.html";
  }

  /** Everyone quoted on the site. */
  public static final String PEOPLE = "people/index.html";
  /** Every explainer's dated events, merged: the first page of the timeline. */
  public static final String TIMELINE = "timeline/index.html";
  /** Every question of every explainer, by topic: the first page of the question index. */
  public static final String QUESTIONS = "questions/index.html";
  /** The site's structure as data, for other tools. */
  public static final String GRAPH = "graph.json";

  public static String person(String personSlug) {
    return personPage(personSlug, 1);
  }

  /** Page {@code page} (from 1) of a person's quotes. */
  public static String personPage(String personSlug, int page) {
    return "people/" + personSlug + (page == 1 ? "" : "/page/" + page) + "/index.html";
  }

  /** Page {@code page} (from 1) of the people index. */
  public static String peoplePage(int page) {
    return page == 1 ? PEOPLE : "people/page/" + page + "/index.html";
  }

  public static String topic(String topicSlug) {
    return topicPage(topicSlug, 1);
  }

  /** Page {@code page} (from 1) of the home page's list of explainers. */
  public static String homePage(int page) {
    return page == 1 ? HOME : "page/" + page + "/index.html";
  }

  /** Page {@code page} (from 1) of a topic's list of explainers. */
  public static String topicPage(String topicSlug, int page) {
    return "topics/" + topicSlug + (page == 1 ? "" : "/page/" + page) + "/index.html";
  }

  /** Part {@code part} (from 2) of the search index, beside its first part. */
  public static String searchIndexPart(int part) {
    return "search/search-index-" + part + ".js";
  }

  /** Page {@code page} (from 1) of the question index. */
  public static String questionsPage(int page) {
    return page == 1 ? QUESTIONS : "questions/page/" + page + "/index.html";
  }

  /** Page {@code page} (from 1) of the timeline. */
  public static String timelinePage(int page) {
    return page == 1 ? TIMELINE : "timeline/page/" + page + "/index.html";
  }

  /**
   * Whether {@code path} is a data file made from every explainer (the search index and its
   * parts, the feeds, the sitemap, graph.json) rather than a page.
   */
  public static boolean isWholeSiteData(String path) {
    return path.equals(GRAPH) || path.equals(FEED) || path.equals(SITEMAP)
        || path.startsWith("sitemaps/") || path.startsWith("search/search-index")
        || path.startsWith("topics/") && path.endsWith("/feed.xml");
  }

  /** Whether {@code path} is a page of the question index. */
  public static boolean inQuestionIndex(String path) {
    return path.startsWith("questions/");
  }

  /** Whether {@code path} is a page of the timeline. */
  public static boolean inTimeline(String path) {
    return path.startsWith("timeline/");
  }

  /**
   * A file copied from the content folder, such as an image. Its name is written composed
   * ({@code é} as one character), whatever form the disk has it in, as a page's text is: the
   * address in the page and the file's name must match byte for byte on a server.
   */
  public static String media(String contentPath) {
    return "media/" + Normalizer.normalize(contentPath, Normalizer.Form.NFC);
  }

  public static String asset(String name) {
    return "assets/" + name;
  }

  /**
   * The relative URL from one output file to another, both given as output paths with
   * {@code /} separators. Characters that are not allowed in a URL path are percent-encoded.
   */
  public static String relative(String fromPage, String toPath) {
    String[] from = fromPage.split("/");
    String[] to = toPath.split("/");
    int common = 0;
    while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder href = new StringBuilder();
    for (int i = common; i < from.length - 1; i++) {
      href.append("../");
    }
    for (int i = common; i < to.length; i++) {
      href.append(i > common ? "/" : "").append(to[i]);
    }
    return encodePath(href.toString());
  }

  private static String encodePath(String path) {
    // A loop, not a stream: every link on every page passes through here.
    int i = 0;
    while (i < path.length() && safeInPath(path.charAt(i))) {
      i++;
    }
    if (i == path.length()) {
      return path;
    }
    try {
      return new URI(null, null, path, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a path: " + path, e);
    }
  }

  /** Characters a path keeps as they are; most slugs hold nothing else. */
  private static boolean safeInPath(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c == '-' || c == '.' || c == '_' || c == '/';
  }
}
