package dev.backstory.render;

import dev.backstory.model.Explainer;
import dev.backstory.model.Question;
import dev.backstory.model.Quote;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.SiteConfig;
import dev.backstory.model.Slugs;
import dev.backstory.model.Topic;
import dev.backstory.resolve.Connections;
import dev.backstory.resolve.LinkEdge;
import dev.backstory.resolve.Person;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The site's structure as {@code graph.json}, for tools that are not browsers: explainers,
 * questions, people and topics as nodes; links, includes, quotes and tags as edges. Everything
 * is sorted (nodes by id, edges by type, source and target, keys by name), so the same site
 * always gives the same bytes. The README documents the shape.
 */
final class GraphExport {

  static final int VERSION = 1;

  private GraphExport() {}

  /**
   * Writes graph.json to {@code out}. Each node and edge is made as it is written, not all held
   * first: at 100,000 explainers there are about 700,000 nodes and more edges.
   *
   * @param personPages whether the site has a page for each person; without, a person node has
   *     no URL, as there is nothing there
   */
  static void write(Site site, Connections connections, boolean personPages, Writer out)
      throws IOException {
    SiteConfig config = site.config();
    Map<String, Supplier<Map<String, Object>>> nodes = new HashMap<>();
    for (Explainer explainer : site.explainers()) {
      String url = Routes.explainer(explainer.slug());
      nodes.put(explainerId(explainer.slug()), () -> {
        Map<String, Object> node = node("explainer", explainer.title(), url, config);
        node.put("slug", explainer.slug());
        node.put("date", explainer.meta().date().toString());
        return node;
      });
      for (Question question : explainer.questions()) {
        nodes.put(questionId(explainer.slug(), question.id()), () -> {
          Map<String, Object> node =
              node("question", question.title(), url + "#" + question.id(), config);
          node.put("explainer", explainerId(explainer.slug()));
          return node;
        });
      }
    }
    for (Person person : connections.people().people()) {
      nodes.put("person:" + person.slug(), () -> {
        Map<String, Object> node =
            node("person", person.name(), personPages ? Routes.person(person.slug()) : null,
                config);
        node.put("slug", person.slug());
        if (person.role() != null) {
          node.put("role", person.role());
        }
        return node;
      });
    }
    for (Topic topic : site.topics()) {
      nodes.put("topic:" + topic.slug(), () -> {
        Map<String, Object> node = node("topic", topic.name(), Routes.topic(topic.slug()), config);
        node.put("slug", topic.slug());
        return node;
      });
    }

    Map<String, Integer> edges = new HashMap<>();
    for (LinkEdge edge : connections.links().edges()) {
      String from = edge.fromQuestion() == null ? explainerId(edge.fromSlug())
          : questionId(edge.fromSlug(), edge.fromQuestion());
      String to = edge.toQuestion() == null || !nodes.containsKey(questionId(edge.toSlug(), edge.toQuestion()))
          ? explainerId(edge.toSlug()) : questionId(edge.toSlug(), edge.toQuestion());
      edges.merge(key(edge.include() ? "include" : "link", from, to), 1, Integer::sum);
    }
    for (Explainer explainer : site.explainers()) {
      for (Quote quote : explainer.quotes()) {
        String person = "person:" + connections.people().slugOf(quote.speaker()).orElseThrow();
        String at = quote.questionId() == null ? explainerId(explainer.slug())
            : questionId(explainer.slug(), quote.questionId());
        edges.merge(key("quote", person, at), 1, Integer::sum);
      }
      for (String tag : explainer.meta().tags()) {
        edges.merge(key("tag", explainerId(explainer.slug()), "topic:" + Slugs.of(tag)), 1,
            Integer::sum);
      }
    }
    Map<String, Object> graph = new TreeMap<>();
    graph.put("version", VERSION);
    graph.put("site", Map.of("title", config.title()));
    if (!config.baseUrl().isEmpty()) {
      graph.put("baseUrl", config.baseUrl());
    }
    graph.put("nodes", madeInOrder(nodes.keySet(), id -> {
      Map<String, Object> node = nodes.get(id).get();
      node.put("id", id);
      return node;
    }));
    graph.put("edges", madeInOrder(edges.keySet(), key -> {
      String[] parts = key.split("\u0000");
      Map<String, Object> edge = new TreeMap<>();
      edge.put("type", parts[0]);
      edge.put("from", parts[1]);
      edge.put("to", parts[2]);
      edge.put("count", edges.get(key));
      return edge;
    }));
    Json.write(graph, out);
  }

  /** The values made from {@code keys} in their sorted order, each made as it is written. */
  private static Iterable<Object> madeInOrder(
      Collection<String> keys, Function<String, Object> make) {
    List<String> sorted = new ArrayList<>(keys);
    Collections.sort(sorted);
    return () -> sorted.stream().map(make).iterator();
  }

  /**
   * @param url the node's page, relative to the site root, with the question's {@code #id} if
   *     it is one; null when it has none. Its absolute URL is the page's canonical one, at its
   *     folder's address, as the pages and the sitemap give it.
   */
  private static Map<String, Object> node(String type, String title, String url,
      SiteConfig config) {
    Map<String, Object> node = new TreeMap<>();
    node.put("type", type);
    node.put("title", title);
    if (url != null) {
      node.put("url", url);
      if (!config.baseUrl().isEmpty()) {
        int hash = url.indexOf('#');
        node.put("absoluteUrl", hash < 0 ? config.absolute(url)
            : config.absolute(url.substring(0, hash)) + url.substring(hash));
      }
    }
    return node;
  }

  private static String key(String type, String from, String to) {
    return type + "\u0000" + from + "\u0000" + to;
  }

  static String explainerId(String slug) {
    return "explainer:" + slug;
  }

  static String questionId(String slug, String question) {
    return "question:" + slug + "#" + question;
  }
}
