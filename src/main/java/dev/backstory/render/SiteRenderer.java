package dev.backstory.render;

import com.vladsch.flexmark.util.ast.Document;
import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Diagnostics;
import dev.backstory.model.Explainer;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.Topic;
import dev.backstory.render.Views.ExplainerPage;
import dev.backstory.render.Views.HomePage;
import dev.backstory.render.Views.SiteView;
import dev.backstory.render.Views.TopicPage;
import dev.backstory.resolve.ResolvedSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * The render phase: every page of the site through its FreeMarker layout, explainers in
 * parallel. Pages go to a {@link PageSink} as soon as they are done, so memory does not grow
 * with the size of the site.
 */
public final class SiteRenderer {

  static final String EXPLAINER = "explainer.ftlh";
  static final String HOME = "home.ftlh";
  static final String TOPIC = "topic.ftlh";

  private final TemplateEngine templates;

  /**
   * @param templatesFolder the folder holding the layouts
   * @param displayName how messages name it, such as {@code templates}
   */
  public SiteRenderer(Path templatesFolder, String displayName) throws IOException {
    this.templates = new TemplateEngine(templatesFolder, displayName);
  }

  /** Parses every layout; any syntax error is reported before a single page is rendered. */
  public List<Diagnostic> compile() {
    return templates.compile(List.of(EXPLAINER, HOME, TOPIC));
  }

  /**
   * Renders the whole site into {@code sink}.
   *
   * @param markdownBySlug each explainer's parsed body
   * @param progress told the number of pages done after each page
   * @return the number of pages written
   */
  public int render(ResolvedSite resolved, Map<String, Document> markdownBySlug, PageSink sink,
      Diagnostics diagnostics, IntConsumer progress) throws IOException {
    return render(resolved, markdownBySlug, sink, diagnostics, progress, page -> true);
  }

  /**
   * Renders only the pages whose output path {@code wanted} accepts, for a preview that
   * re-renders what a change affected.
   */
  public int render(ResolvedSite resolved, Map<String, Document> markdownBySlug, PageSink sink,
      Diagnostics diagnostics, IntConsumer progress, Predicate<String> wanted) throws IOException {
    Site site = resolved.site();
    SiteView siteView = ViewBuilder.site(site.config());
    MarkdownRenderer markdown = new MarkdownRenderer(site.config().rawHtml());
    AtomicInteger done = new AtomicInteger();
    try {
      site.explainers().parallelStream()
          .filter(explainer -> wanted.test(Routes.explainer(explainer.slug())))
          .forEach(explainer -> {
        String path = Routes.explainer(explainer.slug());
        ViewBuilder views = new ViewBuilder(path);
        var body = markdown.render(markdownBySlug.get(explainer.slug()), resolved.hrefsOf(explainer.slug()));
        var model = new ExplainerPage(siteView,
            views.page("explainer", explainer.title(), description(explainer)),
            views.explainer(explainer, body));
        page(EXPLAINER, path, model, sink, diagnostics);
        progress.accept(done.incrementAndGet());
      });
      site.topics().parallelStream().filter(topic -> wanted.test(Routes.topic(topic.slug())))
          .forEach(topic -> {
        String path = Routes.topic(topic.slug());
        ViewBuilder views = new ViewBuilder(path);
        var model = new TopicPage(siteView,
            views.page("topic", topic.name(), "Explainers on " + topic.name()),
            views.topic(topic), summaries(site, topic, views));
        page(TOPIC, path, model, sink, diagnostics);
        progress.accept(done.incrementAndGet());
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (!wanted.test(Routes.HOME)) {
      return done.get();
    }
    ViewBuilder views = new ViewBuilder(Routes.HOME);
    var home = new HomePage(siteView,
        views.page("home", site.config().title(), site.config().description()),
        site.explainers().stream().map(views::summary).toList(),
        site.topics().stream().map(views::topic).toList());
    page(HOME, Routes.HOME, home, sink, diagnostics);
    progress.accept(done.incrementAndGet());
    return done.get();
  }

  private static List<Views.ExplainerSummaryView> summaries(Site site, Topic topic, ViewBuilder views) {
    return topic.explainerSlugs().stream()
        .map(slug -> site.bySlug(slug).orElseThrow())
        .map(views::summary)
        .toList();
  }

  private static String description(Explainer explainer) {
    var meta = explainer.meta();
    return meta.summary() != null ? meta.summary() : meta.dek() != null ? meta.dek() : meta.title();
  }

  private void page(String template, String path, Object model, PageSink sink, Diagnostics diagnostics) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      Optional<Diagnostic> problem = templates.render(template, model, out);
      if (problem.isPresent()) {
        diagnostics.add(problem.get());
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      sink.write(path, bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
