package dev.backstory.render;

import dev.backstory.model.Explainer;
import dev.backstory.model.Question;
import dev.backstory.model.Quote;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.Slugs;
import dev.backstory.model.Topic;
import dev.backstory.resolve.Connections;
import dev.backstory.resolve.LinkEdge;
import dev.backstory.resolve.Person;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site's structure as {@code graph.json}, for tools that are not browsers: explainers,
 * questions, people and topics as nodes; links, includes, quotes and tags as edges. Everything
 * is sorted (nodes by id, edges by type, source and target, keys by name), so the same site
 * always gives the same bytes. The README documents the shape.
 */
final class GraphExport {

  static final int VERSION = 1;

  private GraphExport() {}

  /** Writes graph.json to {@code out}. */
  static void write(Site site, Connections connections, Writer out) throws IOException {
    String baseUrl = site.config().baseUrl();
    Map<String, Map<String, Object>> nodes = new TreeMap<>();
    for (Explainer explainer : site.explainers()) {
      String url = Routes.explainer(explainer.slug());
      Map<String, Object> node = node("explainer", explainer.title(), url, baseUrl);
      node.put("slug", explainer.slug());
      node.put("date", explainer.meta().date().toString());
      nodes.put(explainerId(explainer.slug()), node);
      for (Question question : explainer.questions()) {
        Map<String, Object> q = node("question", question.title(), url + "#" + question.id(), baseUrl);
        q.put("explainer", explainerId(explainer.slug()));
        nodes.put(questionId(explainer.slug(), question.id()), q);
      }
    }
    for (Person person : connections.people().people()) {
      Map<String, Object> node = node("person", person.name(), Routes.person(person.slug()), baseUrl);
      node.put("slug", person.slug());
      if (person.role() != null) {
        node.put("role", person.role());
      }
      nodes.put("person:" + person.slug(), node);
    }
    for (Topic topic : site.topics()) {
      Map<String, Object> node = node("topic", topic.name(), Routes.topic(topic.slug()), baseUrl);
      node.put("slug", topic.slug());
      nodes.put("topic:" + topic.slug(), node);
    }

    Map<String, Integer> edges = new TreeMap<>();
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
    List<Object> edgeList = new ArrayList<>();
    edges.forEach((key, count) -> {
      String[] parts = key.split("\u0000");
      Map<String, Object> edge = new TreeMap<>();
      edge.put("type", parts[0]);
      edge.put("from", parts[1]);
      edge.put("to", parts[2]);
      edge.put("count", count);
      edgeList.add(edge);
    });
    Map<String, Object> graph = new TreeMap<>();
    graph.put("version", VERSION);
    graph.put("site", Map.of("title", site.config().title()));
    if (!baseUrl.isEmpty()) {
      graph.put("baseUrl", baseUrl);
    }
    List<Object> nodeList = new ArrayList<>();
    nodes.forEach((id, node) -> {
      node.put("id", id);
      nodeList.add(node);
    });
    graph.put("nodes", nodeList);
    graph.put("edges", edgeList);
    Json.write(graph, out);
  }

  private static Map<String, Object> node(String type, String title, String url, String baseUrl) {
    Map<String, Object> node = new TreeMap<>();
    node.put("type", type);
    node.put("title", title);
    node.put("url", url);
    if (!baseUrl.isEmpty()) {
      node.put("absoluteUrl", baseUrl + url);
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
