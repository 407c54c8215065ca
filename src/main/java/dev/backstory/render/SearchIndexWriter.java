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
 */
final class SearchIndexWriter {

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

  /** Writes the index script from each explainer's {@link Document#entry()}, in site order. */
  static void script(List<byte[]> entries, OutputStream out) throws IOException {
    out.write("window.backstorySearch={\"docs\":[".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(entries.get(i));
    }
    out.write("],\"v\":1};\n".getBytes(StandardCharsets.UTF_8));
  }
}
