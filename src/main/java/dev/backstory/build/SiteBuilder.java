package dev.backstory.build;

import dev.backstory.content.BodyHtml;
import dev.backstory.content.ContentFiles;
import dev.backstory.content.ContentLoader;
import dev.backstory.content.EveryCore;
import dev.backstory.content.LayoutIds;
import dev.backstory.content.LoadCache;
import dev.backstory.content.LoadedContent;
import dev.backstory.content.LoadedExplainer;
import dev.backstory.content.MediaScripts;
import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Diagnostics;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.Explainer;
import dev.backstory.model.FrontMatter;
import dev.backstory.model.PublicationPolicy;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.SiteConfig;
import dev.backstory.model.Slugs;
import dev.backstory.output.OfflineBundleWriter;
import dev.backstory.output.OutputRefused;
import dev.backstory.output.StagedOutput;
import dev.backstory.output.StandalonePageWriter;
import dev.backstory.render.PageSink;
import dev.backstory.render.SiteRenderer;
import dev.backstory.render.ThemeFiles;
import dev.backstory.render.ThemeIds;
import dev.backstory.resolve.EditorialReview;
import dev.backstory.resolve.Connections;
import dev.backstory.resolve.LinkResolver;
import dev.backstory.resolve.MediaAddresses;
import dev.backstory.resolve.ResolvedSite;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the pipeline: load, model, resolve, render, write. Each phase collects all its problems;
 * the build stops at the end of the first phase that found an error, before anything is
 * written, so the last good output stays in place.
 */
public final class SiteBuilder {

  /** Takes pages and keeps nothing: the files made as a stream are made all the same. */
  private static final PageSink NOWHERE = new PageSink() {
    @Override
    public void write(String outputPath, byte[] content) {}

    @Override
    public void stream(String outputPath, FileContent content) throws IOException {
      content.writeTo(OutputStream.nullOutputStream());
    }
  };

  private final Progress progress;
  private final LoadCache cache;

  public SiteBuilder(Progress progress) {
    this(progress, null);
  }

  /** A builder for repeated builds, as the preview runs, that re-reads only changed files. */
  public SiteBuilder(Progress progress, LoadCache cache) {
    this.progress = progress;
    this.cache = cache;
  }

  /** Builds the site; I/O failures (a full disk, a missing permission) are thrown. */
  public BuildReport build(BuildOptions options) throws IOException {
    long started = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics(options.strict());
    Counts counts = new Counts();
    run(options, diagnostics, counts);
    return counts.report(diagnostics, started);
  }

  private void run(BuildOptions options, Diagnostics diagnostics, Counts counts) throws IOException {
    Optional<Prepared> prepared = prepare(options, diagnostics, counts, null);
    if (prepared.isEmpty() || diagnostics.hasErrors()) {
      return;
    }
    if (options.write()) {
      writeAll(prepared.get(), options, diagnostics, counts);
    } else {
      renderOnly(prepared.get(), diagnostics, counts);
    }
  }

  /**
   * Renders every page and keeps none, for a check: a template meets most of its mistakes
   * (a missing field, a value of the wrong kind, an include that fails) only on a page.
   */
  private void renderOnly(Prepared prepared, Diagnostics diagnostics, Counts counts)
      throws IOException {
    int total = prepared.renderer().pageCount(prepared.resolved(), prepared.connections());
    prepared.renderer().render(prepared.resolved(), prepared.connections(), prepared.bodies(),
        NOWHERE, diagnostics, done -> progress.advanced(Progress.Step.RENDERING, done, total));
    counts.phase("render");
  }

  /** What the phases before writing made: enough to write all pages, or only some. */
  record Prepared(LayoutIds layoutIds, ResolvedSite resolved, EditorialReview.Findings review,
      Connections connections, SiteRenderer renderer, Map<String, BodyHtml> bodies) {
    Site site() {
      return resolved.site();
    }
  }

  /**
   * Load, resolve, review and template compilation; empty when a phase stopped the build.
   *
   * @param previous what the last good build prepared, when only explainers' text changed
   *     since (or null): resolving and connecting then reuse what the changes left as it was
   */
  Optional<Prepared> prepare(BuildOptions options, Diagnostics diagnostics, Counts counts,
      Prepared previous) throws IOException {
    String contentName = display(options.content());
    String templatesName = display(options.templates());
    // `check` writes nothing, so no output folder can lose anyone's files.
    Optional<String> refusal = options.write() ? outputPlaceRefusal(options) : Optional.empty();
    if (refusal.isPresent()) {
      diagnostics.add(Diagnostic.error(SourcePosition.startOf(display(options.output())), "%s",
          refusal.get()));
      return Optional.empty();
    }
    // Read before the content, whose questions must step aside from them; unchanged since
    // the previous build, as its templates are.
    LayoutIds layoutIds = previous != null ? previous.layoutIds()
        : ThemeIds.of(options.templates(), templatesName);
    Optional<LoadedContent> loaded =
        new ContentLoader(options.content(), contentName, layoutIds, cache).load(diagnostics,
            (done, total) -> progress.advanced(Progress.Step.READING, done, total));
    counts.phase("load");
    if (loaded.isEmpty()) {
      return Optional.empty();
    }
    // Files that could not be read as explainers are left out, and every other explainer's
    // links still checked, so that one run tells every mistake it can; nothing of such a
    // build is kept or written.
    Prepared reusable = loaded.get().unread().isEmpty() ? previous : null;
    Site site = publishedSite(loaded.get(), options, reusable == null ? null : reusable.site(),
        counts, diagnostics);
    counts.explainers = site.explainers().size();
    counts.questions = site.questionCount();
    counts.topics = site.topics().size();
    counts.phase("model");

    ContentFiles files = new ContentFiles(options.content());
    ResolvedSite resolved = new LinkResolver(site, files, loaded.get().unread())
        .resolve(diagnostics, reusable == null ? null : reusable.resolved());
    MediaScripts.check(resolved.mediaFiles(), files, contentName, site.config().rawHtml(),
        diagnostics);
    MediaAddresses.check(resolved.mediaFiles(), contentName, diagnostics);
    counts.phase("resolve");
    EditorialReview.Findings review = null;
    if (!diagnostics.hasErrors()) {
      // Like every phase, the review runs only on what the phases before it accepted: on a
      // site with broken links, "links to no other explainer" would be noise.
      review = EditorialReview.review(resolved, diagnostics,
          reusable == null ? null : reusable.review());
    }
    counts.phase("review");
    if (!isTemplatesFolder(options, templatesName, diagnostics)) {
      return Optional.empty();
    }
    // The templates are the same as for the previous build, which compiled them.
    SiteRenderer renderer = reusable != null ? reusable.renderer()
        : new SiteRenderer(options.templates(), templatesName, options.pageTimeLimit());
    if (reusable == null) {
      // The theme's files are checked (where links lead, how templates are encoded) before
      // a template is read through one.
      List<Diagnostic> themeFiles = ThemeFiles.check(options.templates(), templatesName);
      diagnostics.addAll(themeFiles);
      if (themeFiles.stream().noneMatch(Diagnostic::isError)) {
        diagnostics.addAll(renderer.compile());
      }
    }
    diagnostics.addAll(renderer.oldAddressesLeftEmpty(site));
    counts.phase("compile templates");
    if (diagnostics.hasErrors()) {
      return Optional.empty();
    }
    Map<String, BodyHtml> bodies = new HashMap<>();
    loaded.get().explainers().stream()
        .filter(e -> site.bySlug(e.explainer().slug()).isPresent())
        .forEach(e -> bodies.put(e.explainer().slug(), e.body()));
    Connections connections = Connections.of(resolved, loaded.get().people(),
        reusable == null ? null : reusable.connections());
    counts.phase("connect");
    return Optional.of(
        new Prepared(layoutIds, resolved, review, connections, renderer, bodies));
  }

  /** Renders every page into a staging folder and swaps it in only if all went well. */
  void writeAll(Prepared prepared, BuildOptions options, Diagnostics diagnostics, Counts counts)
      throws IOException {
    Site site = prepared.site();
    ResolvedSite resolved = prepared.resolved();
    int total = prepared.renderer().pageCount(resolved, prepared.connections());
    try (StagedOutput output = StagedOutput.open(options.output())) {
      int pages = prepared.renderer().render(resolved, prepared.connections(),
          prepared.bodies(), sinkInto(output), diagnostics,
          done -> progress.advanced(Progress.Step.RENDERING, done, total));
      counts.phase("render");
      if (diagnostics.hasErrors()) {
        return;
      }
      ContentFiles files = new ContentFiles(options.content());
      for (String media : resolved.mediaFiles()) {
        output.copy(files.file(media), Routes.media(media));
      }
      output.copyTree(options.templates().resolve("assets"), Routes.asset(""));
      writeDownloads(site, output, progress);
      output.commit().ifPresent(why -> diagnostics.addAfterWriting(Diagnostic.warning(
          SourcePosition.startOf(display(options.output())), "the new site is in place, but "
              + "the previous one, moved aside, could not be deleted: %s; delete it by hand",
          why)));
      counts.phase("write");
      counts.pages = pages;
    } catch (OutputRefused e) {
      diagnostics.add(Diagnostic.error(SourcePosition.startOf(display(options.output())), "%s",
          e.getMessage()));
    }
  }

  /** Pages go to the staging folder; files made as a stream are streamed there. */
  private static PageSink sinkInto(StagedOutput output) {
    return new PageSink() {
      @Override
      public void write(String outputPath, byte[] content) throws IOException {
        output.write(outputPath, content);
      }

      @Override
      public void stream(String outputPath, FileContent content) throws IOException {
        try (OutputStream out = output.open(outputPath)) {
          content.writeTo(out);
        }
      }
    };
  }

  /**
   * The site of the explainers this build publishes; the rest are remembered with the reason,
   * so a link to one can say why it cannot be followed. {@code before} (may be null) is the
   * last good build's site, whose order and topics a rebuild may keep.
   */
  private static Site publishedSite(LoadedContent loaded, BuildOptions options, Site before,
      Counts counts, Diagnostics diagnostics) {
    List<Explainer> published = new ArrayList<>();
    Map<String, String> leftOut = new TreeMap<>();
    PublicationPolicy policy = options.publication().orOn(loaded.config().today());
    for (LoadedExplainer each : loaded.explainers()) {
      Explainer explainer = each.explainer();
      Optional<PublicationPolicy.Reason> reason = policy.leftOut(explainer.meta());
      if (reason.isPresent()) {
        leftOut.put(explainer.contentPath(), policy.explain(reason.get(), explainer.meta()));
        counts.leftOut.merge(reason.get(), 1, Integer::sum);
      } else {
        published.add(explainer);
        warnIfUpdatedLater(explainer.meta(), policy.today(), diagnostics);
      }
    }
    SiteConfig config = options.baseUrl() == null
        ? loaded.config() : loaded.config().withBaseUrl(options.baseUrl());
    return Site.of(config, published, leftOut, before);
  }

  /**
   * An {@code updated} day still to come would be published as the day the explainer changed,
   * on its page, in its feed entry and in the sitemap, whose readers pass over such dates.
   */
  private static void warnIfUpdatedLater(FrontMatter meta, LocalDate today,
      Diagnostics diagnostics) {
    if (meta.updated() != null && meta.updated().isAfter(today)) {
      meta.positionOf("updated").ifPresent(at -> diagnostics.add(Diagnostic.warning(at,
          "`updated` is %s, after today (%s): the page, its feed entry and the sitemap would "
              + "say it changed on a day still to come; give the day it changed",
          meta.updated(), today)));
    }
  }

  /**
   * What readers can take away, made from the finished site: each explainer as one
   * self-contained file (its links need the published address, so only with a base URL), then
   * the whole site as a zip to read offline.
   */
  private static void writeDownloads(Site site, StagedOutput output, Progress progress)
      throws IOException {
    if (!site.config().baseUrl().isEmpty()) {
      StandalonePageWriter standalone = new StandalonePageWriter(output, site.config().baseUrl());
      try {
        EveryCore.forEach(site.explainers(), explainer -> {
          try {
            standalone.write(Routes.explainer(explainer.slug()),
                Routes.standalone(explainer.slug()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    String name = Slugs.of(site.config().title());
    OfflineBundleWriter.write(output, Routes.offlineBundle(name), name, Set.of(Routes.NOT_FOUND),
        (done, total) -> progress.advanced(Progress.Step.PACKING, done, total));
  }

  /**
   * Refuses an output folder that a build would refuse, before any build: the preview, which
   * serves its output folder, must not serve one that is not a site.
   *
   * @throws OutputRefused saying why, as the build would
   */
  public static void checkOutput(BuildOptions options) throws IOException, OutputRefused {
    Optional<String> refusal = outputPlaceRefusal(options);
    if (refusal.isPresent()) {
      throw new OutputRefused(refusal.get());
    }
    StagedOutput.check(options.output());
  }

  /**
   * Refuses an output folder that would overwrite or swallow the user's own files: the
   * working folder, or one that is, holds or sits inside the content or templates (even when
   * one of those is the working folder itself, as with {@code --content .}). Paths are
   * compared as the file system resolves them, so a symbolic link leads no output inside.
   */
  private static Optional<String> outputPlaceRefusal(BuildOptions options) throws IOException {
    Path output = real(options.output());
    for (Path source : List.of(options.content(), options.templates())) {
      Path precious = real(source);
      if (precious.startsWith(output) || output.startsWith(precious)) {
        return Optional.of(refusal(options, source));
      }
    }
    Path here = Path.of("");
    return real(here).startsWith(output) ? Optional.of(refusal(options, here)) : Optional.empty();
  }

  private static String refusal(BuildOptions options, Path precious) throws IOException {
    // With --content ., the usual site/ would lie inside the content as well.
    String instead = real(Path.of("")).startsWith(real(precious))
        ? "a folder outside " + display(precious) : "site";
    return String.format(Locale.ROOT, "refusing to write the site to %s: it is, holds or lies "
        + "inside %s, whose files would be lost; choose a separate --output such as %s",
        display(options.output()), display(precious), instead);
  }

  /** Where {@code path} is, symbolic links followed as far as it exists. */
  private static Path real(Path path) throws IOException {
    Path wanted = absolute(path);
    Path existing = wanted;
    while (existing != null && !java.nio.file.Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing == null ? wanted : existing.toRealPath().resolve(existing.relativize(wanted));
  }

  private static boolean isTemplatesFolder(
      BuildOptions options, String name, Diagnostics diagnostics) {
    if (java.nio.file.Files.isDirectory(options.templates())) {
      return true;
    }
    diagnostics.add(Diagnostic.error(SourcePosition.startOf(name),
        java.nio.file.Files.exists(options.templates())
            ? "the templates folder is a file; pass --templates a folder"
            : "the templates folder does not exist; create it or pass --templates"));
    return false;
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /** How messages name a folder: relative to the working folder when it is inside it. */
  static String display(Path path) {
    Path here = absolute(Path.of(""));
    Path target = absolute(path);
    String shown = target.startsWith(here) ? here.relativize(target).toString() : target.toString();
    return shown.isEmpty() ? "." : shown.replace('\\', '/');
  }

  static final class Counts {
    int explainers;
    int questions;
    int topics;
    int pages;
    final Map<PublicationPolicy.Reason, Integer> leftOut =
        new EnumMap<>(PublicationPolicy.Reason.class);
    final List<BuildReport.PhaseTime> phases = new ArrayList<>();
    private long phaseStarted = System.nanoTime();

    BuildReport report(Diagnostics diagnostics, long started) {
      return new BuildReport(diagnostics.sorted(), explainers, questions, topics, pages,
          leftOut, Duration.ofNanos(System.nanoTime() - started), phases);
    }

    /** Records the phase that just ended. */
    void phase(String name) {
      long now = System.nanoTime();
      phases.add(new BuildReport.PhaseTime(name, Duration.ofNanos(now - phaseStarted)));
      phaseStarted = now;
    }
  }
}
