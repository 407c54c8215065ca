package dev.backstory.render;

import dev.backstory.model.Explainer;
import dev.backstory.model.Routes;
import dev.backstory.render.BodyRenderer.RenderedBody;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The search index: every explainer's title, dek, short answer and question sections as plain
 * text, written as a script that sets {@code window.backstorySearch}. A script loads from disk
 * (file:) where fetching JSON cannot, so search works on a host and offline alike. The index is
 * the text itself, without a word list beside it: the browser scans it, which keeps it about
 * as small as the text and lets results quote the words around each match in any script.
 *
 * <p>A big site's index comes in parts of about {@link #PART_BYTES} each: the first names the
 * others, which the search page loads one after another, showing results as they come. One
 * script of a 100,000-explainer site's text (570 MB) is more than Chromium's JavaScript engine
 * allows in one string, and would show nothing until all of it had loaded.
 */
final class SearchIndexWriter {

  /** A part of the index holds explainers up to this many bytes (or one bigger explainer). */
  static final int PART_BYTES = 1 << 20;

  /** The id the short answer's section has on every explainer page. */
  static final String SHORT_ANSWER = "short-answer";

  /** One searchable section of an explainer. */
  record Section(String id, String heading, String text) {}

  /**
   * One explainer, as search sees it.
   *
   * @param path the page's output path, such as {@code kim-putin/index.html}
   */
  record Document(String path, String title, String dek, String shortAnswer,
      List<Section> questions) {
    Document {
      questions = List.copyOf(questions);
    }

    /** Each question's answer as plain text, in order. */
    List<String> answers() {
      return questions.stream().map(Section::text).toList();
    }

    /**
     * This explainer in the index, as UTF-8 JSON: {@code [path, title, dek, [[id, heading,
     * text], ...]]} with the short answer first (its heading empty). Arrays, not objects,
     * because key names repeated for every section would be a large share of a lean index.
     */
    byte[] entry() {
      List<Object> sections = new ArrayList<>();
      sections.add(List.of(SHORT_ANSWER, "", shortAnswer));
      for (Section section : questions) {
        sections.add(List.of(section.id(), section.heading(), section.text()));
      }
      return Json.compact(List.of(path, title, dek, sections)).getBytes(StandardCharsets.UTF_8);
    }
  }

  private SearchIndexWriter() {}

  static Document document(Explainer explainer, RenderedBody body) {
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < explainer.questions().size(); i++) {
      var question = explainer.questions().get(i);
      sections.add(new Section(question.id(), question.title(),
          HtmlText.of(Includes.withoutMarkers(body.questions().get(i).body()))));
    }
    return new Document(Routes.explainer(explainer.slug()), explainer.title(),
        explainer.meta().dek() == null ? "" : explainer.meta().dek(),
        HtmlText.of(Includes.withoutMarkers(body.shortAnswer())), sections);
  }

  /**
   * Writes the index from each explainer's {@link Document#entry()}, in site order: its first
   * part at {@link Routes#SEARCH_INDEX}, naming the others, which add their explainers to it.
   */
  static void write(List<byte[]> entries, PageSink sink) throws IOException {
    List<List<byte[]>> parts = parts(entries, PART_BYTES);
    List<Object> names = new ArrayList<>();
    for (int part = 2; part <= parts.size(); part++) {
      String path = Routes.searchIndexPart(part);
      names.add(path.substring(path.lastIndexOf('/') + 1));
    }
    sink.stream(Routes.SEARCH_INDEX, out -> script("window.backstorySearch={\"docs\":[",
        parts.get(0), "],\"parts\":" + Json.compact(names) + ",\"v\":1};\n", out));
    for (int part = 2; part <= parts.size(); part++) {
      List<byte[]> docs = parts.get(part - 1);
      sink.stream(Routes.searchIndexPart(part), out -> script(
          "(function(all,docs){for(var i=0;i<docs.length;i++){all.push(docs[i]);}})"
              + "(window.backstorySearch.docs,[", docs, "]);\n", out));
    }
  }

  /** Cuts the entries, in order, into runs of at most {@code budget} bytes; never none. */
  static List<List<byte[]>> parts(List<byte[]> entries, int budget) {
    List<List<byte[]>> parts = new ArrayList<>();
    List<byte[]> part = new ArrayList<>();
    long bytes = 0;
    for (byte[] entry : entries) {
      if (!part.isEmpty() && bytes + entry.length > budget) {
        parts.add(part);
        part = new ArrayList<>();
        bytes = 0;
      }
      part.add(entry);
      bytes += entry.length + 1;
    }
    parts.add(part);
    return parts;
  }

  private static void script(String before, List<byte[]> docs, String after, OutputStream out)
      throws IOException {
    out.write(before.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < docs.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(docs.get(i));
    }
    out.write(after.getBytes(StandardCharsets.UTF_8));
  }
}
