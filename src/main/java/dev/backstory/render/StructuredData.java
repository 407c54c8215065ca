package dev.backstory.render;

import dev.backstory.model.Author;
import dev.backstory.model.Correction;
import dev.backstory.model.Explainer;
import dev.backstory.model.FrontMatter;
import dev.backstory.model.LeadImage;
import dev.backstory.model.Routes;
import dev.backstory.model.SiteConfig;
import dev.backstory.model.Slugs;
import dev.backstory.model.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org description of each page, as one JSON-LD {@code @graph}: the web site and its
 * publisher, the page's breadcrumbs, and for an explainer a {@code NewsArticle} with its lead
 * image, corrections and (when the site asks for them) an FAQ page and speakable parts. URLs
 * are absolute; without a base URL the graph is left out, as it could not name anything.
 */
final class StructuredData {

  private final SiteConfig config;

  StructuredData(SiteConfig config) {
    this.config = config;
  }

  boolean isAvailable() {
    return !config.baseUrl().isEmpty();
  }

  /** A page of the home page's list; {@code name} tells later pages from the first. */
  String home(String path, String name) {
    String url = config.absolute(path);
    Map<String, Object> page = node("WebPage", url + "#webpage");
    page.put("url", url);
    page.put("name", name);
    page.put("description", config.description());
    page.put("inLanguage", config.language());
    page.put("isPartOf", ref(websiteId()));
    page.put("breadcrumb", ref(url + "#breadcrumb"));
    return graph(List.of(website(), publisher(), page, breadcrumbs(url, List.of())));
  }

  /** A page of a topic's list, which has as parts the explainers it lists. */
  String topic(Topic topic, String path, String name, List<String> slugsOnPage) {
    String url = config.absolute(path);
    Map<String, Object> page = node("CollectionPage", url + "#webpage");
    page.put("url", url);
    page.put("name", name);
    page.put("inLanguage", config.language());
    page.put("isPartOf", ref(websiteId()));
    page.put("breadcrumb", ref(url + "#breadcrumb"));
    page.put("hasPart", slugsOnPage.stream()
        .map(slug -> ref(config.absolute(Routes.explainer(slug)) + "#article")).toList());
    return graph(List.of(website(), publisher(), page,
        breadcrumbs(url, List.of(crumb(topic.name(), url)))));
  }

  /** A page that gathers others, such as the timeline or the people index. */
  String page(String path, String title) {
    String url = config.absolute(path);
    Map<String, Object> page = node("CollectionPage", url + "#webpage");
    page.put("url", url);
    page.put("name", title);
    page.put("inLanguage", config.language());
    page.put("isPartOf", ref(websiteId()));
    page.put("breadcrumb", ref(url + "#breadcrumb"));
    return graph(List.of(website(), publisher(), page,
        breadcrumbs(url, List.of(crumb(title, url)))));
  }

  /**
   * @param description what the page tells it is about, as its head does
   * @param answers each question's answer as plain text, in order, for the FAQ page
   */
  String explainer(Explainer explainer, String description, List<String> answers) {
    FrontMatter meta = explainer.meta();
    String url = config.absolute(Routes.explainer(explainer.slug()));
    List<Object> nodes = new ArrayList<>(List.of(website(), publisher()));

    Map<String, Object> article = node("NewsArticle", url + "#article");
    article.put("headline", meta.title());
    article.put("alternativeHeadline", meta.dek());
    article.put("description", description);
    article.put("url", url);
    article.put("mainEntityOfPage", url);
    article.put("inLanguage", config.language());
    article.put("datePublished", meta.date().toString());
    article.put("dateModified", meta.lastModified().toString());
    article.put("dateline", meta.dateline());
    article.put("author", meta.authors().isEmpty() ? null
        : meta.authors().stream().map(StructuredData::person).toList());
    article.put("publisher", ref(publisherId()));
    article.put("isPartOf", ref(websiteId()));
    article.put("keywords", meta.tags().isEmpty() ? null : meta.tags());
    article.put("articleSection", meta.tags().isEmpty() ? null : meta.tags().get(0));
    if (meta.image() != null) {
      article.put("image", ref(url + "#image"));
      nodes.add(image(meta.image(), url + "#image"));
    }
    if (!meta.corrections().isEmpty()) {
      article.put("correction", meta.corrections().stream().map(this::correction).toList());
    }
    if (config.speakable()) {
      Map<String, Object> speakable = node("SpeakableSpecification", null);
      speakable.put("cssSelector", List.of("#headline", "#short-answer"));
      article.put("speakable", speakable);
    }
    nodes.add(article);

    List<Map<String, Object>> trail = new ArrayList<>();
    if (!meta.tags().isEmpty()) {
      String tag = meta.tags().get(0);
      trail.add(crumb(tag, config.absolute(Routes.topic(Slugs.of(tag)))));
    }
    trail.add(crumb(meta.title(), url));
    nodes.add(breadcrumbs(url, trail));

    if (config.faqPage() && !explainer.questions().isEmpty()) {
      Map<String, Object> faq = node("FAQPage", url + "#faq");
      faq.put("url", url);
      faq.put("isPartOf", ref(websiteId()));
      List<Object> questions = new ArrayList<>();
      for (int i = 0; i < explainer.questions().size(); i++) {
        var question = explainer.questions().get(i);
        Map<String, Object> q = node("Question", url + "#" + question.id());
        q.put("name", question.title());
        Map<String, Object> answer = node("Answer", null);
        answer.put("text", answers.get(i));
        answer.put("url", url + "#" + question.id());
        q.put("acceptedAnswer", answer);
        questions.add(q);
      }
      faq.put("mainEntity", questions);
      nodes.add(faq);
    }
    return graph(nodes);
  }

  private Map<String, Object> image(LeadImage image, String id) {
    Map<String, Object> node = node("ImageObject", id);
    String url = config.absolute(Routes.media(image.path()));
    node.put("url", url);
    node.put("contentUrl", url);
    node.put("caption", image.caption());
    node.put("description", image.alt());
    node.put("creditText", image.credit());
    node.put("license", image.license());
    if (image.width() > 0) {
      node.put("width", image.width());
      node.put("height", image.height());
    }
    return node;
  }

  private Map<String, Object> correction(Correction correction) {
    Map<String, Object> node = node("CorrectionComment", null);
    node.put("datePublished", correction.date().toString());
    node.put("text", correction.text());
    return node;
  }

  private static Map<String, Object> person(Author author) {
    Map<String, Object> node = node("Person", null);
    node.put("name", author.name());
    node.put("url", author.url());
    node.put("jobTitle", author.role());
    return node;
  }

  private Map<String, Object> website() {
    Map<String, Object> node = node("WebSite", websiteId());
    node.put("url", config.baseUrl());
    node.put("name", config.title());
    node.put("description", config.description());
    node.put("inLanguage", config.language());
    node.put("publisher", ref(publisherId()));
    return node;
  }

  private Map<String, Object> publisher() {
    Map<String, Object> node = node("NewsMediaOrganization", publisherId());
    node.put("name", config.publisher().isEmpty() ? config.title() : config.publisher());
    node.put("url", config.baseUrl());
    if (!config.publisherLogo().isEmpty()) {
      Map<String, Object> logo = node("ImageObject", null);
      logo.put("url", config.publisherLogo().contains("://") ? config.publisherLogo()
          : config.absolute(config.publisherLogo().replaceFirst("^/", "")));
      node.put("logo", logo);
    }
    return node;
  }

  private Map<String, Object> breadcrumbs(String pageUrl, List<Map<String, Object>> after) {
    List<Map<String, Object>> items = new ArrayList<>();
    items.add(crumb(config.title(), config.absolute(Routes.HOME)));
    items.addAll(after);
    for (int i = 0; i < items.size(); i++) {
      items.get(i).put("position", i + 1);
    }
    Map<String, Object> node = node("BreadcrumbList", pageUrl + "#breadcrumb");
    node.put("itemListElement", items);
    return node;
  }

  private static Map<String, Object> crumb(String name, String url) {
    Map<String, Object> node = node("ListItem", null);
    node.put("name", name);
    node.put("item", url);
    return node;
  }

  private String websiteId() {
    return config.baseUrl() + "#website";
  }

  private String publisherId() {
    return config.baseUrl() + "#publisher";
  }

  private static Map<String, Object> ref(String id) {
    return Map.of("@id", id);
  }

  private static Map<String, Object> node(String type, String id) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("@type", type);
    node.put("@id", id);
    return node;
  }

  private static String graph(List<?> nodes) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("@context", "https://schema.org");
    root.put("@graph", nodes);
    return Json.compact(withoutNulls(root));
  }

  /** Leaves out the properties a page has no value for, rather than writing them as null. */
  private static Object withoutNulls(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> kept = new LinkedHashMap<>();
      map.forEach((key, item) -> {
        if (item != null) {
          kept.put(key, withoutNulls(item));
        }
      });
      return kept;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(StructuredData::withoutNulls).toList();
    }
    return value;
  }
}
