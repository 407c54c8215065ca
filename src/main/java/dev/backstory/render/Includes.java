package dev.backstory.render;

import dev.backstory.content.BodyHtml;
import dev.backstory.model.Explainer;
import dev.backstory.model.Label;
import dev.backstory.model.PartialDate;
import dev.backstory.model.Question;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.render.BodyRenderer.RenderedBody;
import dev.backstory.render.BodyRenderer.RenderedQuestion;
import dev.backstory.resolve.ResolvedSite;
import dev.backstory.resolve.ResolvedWikiLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts included questions ({@code ![[slug#question-id]]}) in place, once every body is rendered:
 * the source section's HTML, under a visible "From:" line naming its explainer and when that was
 * last updated. One level only: an include inside an included section shows as a link, so
 * includes can never recurse, whatever cycles the content has. The copy drops its element ids
 * (the page has them already or they belong to the source page) and sends its in-page links to
 * the source page. All explainer pages sit at the same depth, so every other relative href in
 * the source's HTML works unchanged.
 */
final class Includes {

  private static final Pattern MARKER = Pattern.compile(
      Pattern.quote(BodyHtml.INCLUDE_START) + "([^\u0000]*)"
          + Pattern.quote(BodyHtml.INCLUDE_END));
  private static final Pattern ID = Pattern.compile("\\sid=\"[^\"]*\"");

  private final Site site;
  private final ResolvedSite resolved;
  private final Function<String, RenderedBody> bodies;
  private final Wording wording;

  Includes(Site site, ResolvedSite resolved, Function<String, RenderedBody> bodies,
      Wording wording) {
    this.site = site;
    this.resolved = resolved;
    this.bodies = bodies;
    this.wording = wording;
  }

  /**
   * {@code html} without its include markers: the text an explainer holds itself, for search
   * and structured data, which show each section where it was written.
   */
  static String withoutMarkers(String html) {
    return html.contains(BodyHtml.INCLUDE_START) ? MARKER.matcher(html).replaceAll("") : html;
  }

  RenderedBody expand(String slug, RenderedBody body) {
    List<RenderedQuestion> questions = new ArrayList<>();
    for (RenderedQuestion question : body.questions()) {
      questions.add(new RenderedQuestion(question.headingAttributes(), question.heading(),
          expand(slug, question.body(), true)));
    }
    return new RenderedBody(expand(slug, body.shortAnswer(), true), questions, body.footnotes());
  }

  private String expand(String slug, String html, boolean inPlace) {
    if (!html.contains(BodyHtml.INCLUDE_START)) {
      return html;
    }
    Matcher m = MARKER.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      ResolvedWikiLink link = resolved.wikiLinksOf(slug).get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(
          inPlace ? section(slug, link) : asLink(link)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String section(String includerSlug, ResolvedWikiLink link) {
    Explainer source = site.bySlug(link.toSlug()).orElseThrow();
    List<Question> sourceQuestions = source.questions();
    int index = sourceQuestions.indexOf(source.question(link.toQuestion()).orElseThrow());
    RenderedQuestion question = bodies.apply(source.slug()).questions().get(index);
    String sourcePage = Routes.relative(Routes.explainer(includerSlug), Routes.explainer(source.slug()));
    String body = expand(source.slug(), question.body(), false)
        .replace("href=\"#", "href=\"" + sourcePage + "#");
    body = ID.matcher(body).replaceAll("");
    LocalDate updated = source.meta().lastModified();
    String time = "<time datetime=\"" + updated + "\">"
        + escape(wording.date(PartialDate.of(updated))) + "</time>";
    String from = "<a href=\"" + escape(link.href()) + "\">" + escape(source.title()) + "</a>";
    return "<aside class=\"included-question\" aria-label=\"" + escape(link.text()) + "\">\n"
        + "<p class=\"included-from\">" + html(Label.INCLUDED_FROM, from)
        + " <span class=\"included-updated\">" + html(Label.INCLUDED_UPDATED, time)
        + "</span></p>\n"
        + "<h3 class=\"included-heading\">" + ID.matcher(question.heading()).replaceAll("")
        + "</h3>\n" + body + "\n</aside>";
  }

  private String asLink(ResolvedWikiLink link) {
    return "<p class=\"included-link\">" + html(Label.INCLUDED_LINK, "<a href=\""
        + escape(link.href()) + "\">" + escape(link.text()) + "</a>") + "</p>";
  }

  /** A label as HTML: its own words escaped, its placeholders filled with the HTML given. */
  private String html(Label label, String... html) {
    return site.config().labels().text(label, Includes::escape, html);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
