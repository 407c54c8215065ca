package dev.backstory.build;

import dev.backstory.content.LoadCache;
import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Diagnostics;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.Explainer;
import dev.backstory.model.FrontMatter;
import dev.backstory.model.OldSlug;
import dev.backstory.model.Paging;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.Topic;
import dev.backstory.output.OutputRefused;
import dev.backstory.output.PageReplacer;
import dev.backstory.resolve.LinkGraph;
import dev.backstory.resolve.ResolvedSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Repeated builds for the live preview. Every build checks the whole site, so every error is
 * still found, but after edits to explainers' text it starts from the last good build: only the
 * edited files are read, and an explainer that did not change keeps its resolved links and
 * review findings unless it links to one whose link targets changed (a title, a question, an
 * id); the site's order and topics, the link graph and the related explainers are updated or
 * kept rather than worked out again. Then only the pages the edits can show on are rendered:
 * the changed explainers, the explainers linking to or from them, and, when what their
 * summaries show changed, the pages of their topics and of the home page that list them.
 * The data files made from every explainer wait until they are asked for ({@link #refresh}).
 * Anything else (templates, assets, images, {@code site.yaml}, a file removed, an explainer
 * renamed, a topic appearing or going, a list needing more or fewer pages) makes a full build.
 */
public final class PreviewBuilder {

  private final LoadCache cache = new LoadCache();
  private final SiteBuilder builder;
  private SiteBuilder.Prepared lastGood;
  private boolean fullBuildPending = true;
  /** The data files a page-by-page rebuild left as they were, out of date. */
  private final Set<WholeSiteData> staleData = EnumSet.noneOf(WholeSiteData.class);

  /**
   * The data files made from every explainer, in the groups a refresh writes together. A
   * search does not wait for graph.json, which only other tools read and which takes longest.
   */
  private enum WholeSiteData {
    /** The search index and its parts; the feeds and the sitemap are written with it. */
    TEXT(Routes.SEARCH_INDEX),
    GRAPH(Routes.GRAPH);

    /** The file whose rendering writes the group. */
    final String rendered;

    WholeSiteData(String rendered) {
      this.rendered = rendered;
    }

    static Optional<WholeSiteData> of(String outputPath) {
      if (!Routes.isWholeSiteData(outputPath)) {
        return Optional.empty();
      }
      return Optional.of(outputPath.equals(Routes.GRAPH) ? GRAPH : TEXT);
    }
  }

  public PreviewBuilder(Progress progress) {
    this.builder = new SiteBuilder(progress, cache);
  }

  /**
   * Builds everything afresh: the first build, and after a change to anything but explainers'
   * text (templates, assets, images, {@code site.yaml}, a file removed).
   */
  public synchronized BuildReport build(BuildOptions options) throws IOException {
    cache.clear();
    fullBuildPending = true;
    return build(options, (SiteBuilder.Prepared) null);
  }

  /**
   * Builds after edits to explainers' text only.
   *
   * @param edited every {@code .md} file written (changed or created) since the last build
   */
  public synchronized BuildReport buildAfterEdits(BuildOptions options, Set<Path> edited)
      throws IOException {
    cache.edited(edited);
    // A site deleted under the preview (by a clean, say) has no pages left to replace.
    boolean replaceable = !fullBuildPending && Files.isDirectory(options.output());
    return build(options, replaceable ? lastGood : null);
  }

  private BuildReport build(BuildOptions options, SiteBuilder.Prepared previous)
      throws IOException {
    long started = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    SiteBuilder.Counts counts = new SiteBuilder.Counts();
    Optional<SiteBuilder.Prepared> prepared =
        builder.prepare(options, diagnostics, counts, previous);
    if (prepared.isEmpty() || diagnostics.hasErrors()) {
      return counts.report(diagnostics, started);
    }
    Set<String> pages = previous == null ? null : affectedPages(previous, prepared.get());
    counts.phase("choose pages");
    if (pages == null) {
      builder.writeAll(prepared.get(), options, diagnostics, counts);
      fullBuildPending = diagnostics.hasErrors();
    } else {
      writeSome(prepared.get(), pages, options, diagnostics, counts);
    }
    if (!diagnostics.hasErrors()) {
      lastGood = prepared.get();
      // A full build wrote them; a page-by-page one left them, out of date if it changed any.
      if (pages == null) {
        staleData.clear();
      } else if (!pages.isEmpty()) {
        staleData.addAll(EnumSet.allOf(WholeSiteData.class));
      }
    }
    return counts.report(diagnostics, started);
  }

  /**
   * Writes the data files made from every explainer (the search index, the feeds, the sitemap,
   * graph.json) as the last good build has them, if {@code outputPath} is one of them and a
   * page-by-page rebuild left it as it was: graph.json alone, or the others together. A save
   * does not wait for files that only a search or another tool reads; whoever asks for one gets
   * it up to date. The downloads are made from the written site, so they stay as the last full
   * build wrote them.
   *
   * @param outputPath a path in the output folder, with {@code /} separators
   */
  public synchronized void refresh(BuildOptions options, String outputPath) throws IOException {
    Optional<WholeSiteData> stale = WholeSiteData.of(outputPath).filter(staleData::contains);
    if (stale.isEmpty()) {
      return;
    }
    Diagnostics diagnostics = new Diagnostics();
    writeSome(lastGood, Set.of(stale.get().rendered), options, diagnostics,
        new SiteBuilder.Counts());
    if (!diagnostics.hasErrors()) {
      staleData.remove(stale.get());
    }
  }

  private static void writeSome(SiteBuilder.Prepared prepared, Set<String> pages,
      BuildOptions options, Diagnostics diagnostics, SiteBuilder.Counts counts)
      throws IOException {
    Map<String, byte[]> rendered = new ConcurrentHashMap<>();
    int count = prepared.renderer().render(prepared.resolved(), prepared.connections(),
        prepared.bodies(), rendered::put, diagnostics, done -> { }, pages);
    counts.phase("render");
    if (diagnostics.hasErrors()) {
      return;
    }
    try {
      PageReplacer.replace(options.output(), new TreeMap<>(rendered),
          rendered.containsKey(Routes.SEARCH_INDEX)
              ? leftoverIndexParts(options.output(), rendered) : List.of());
    } catch (OutputRefused e) {
      diagnostics.add(Diagnostic.error(
          SourcePosition.startOf(SiteBuilder.display(options.output())), "%s", e.getMessage()));
      return;
    }
    counts.phase("write");
    counts.pages = count;
  }

  /**
   * The parts of the search index in the output beyond those {@code rendered} has: an index
   * that shrank leaves them behind, and its first part no longer names them.
   */
  private static List<String> leftoverIndexParts(Path output, Map<String, byte[]> rendered) {
    int part = 2;
    while (rendered.containsKey(Routes.searchIndexPart(part))) {
      part++;
    }
    List<String> leftover = new ArrayList<>();
    for (; Files.exists(output.resolve(Routes.searchIndexPart(part))); part++) {
      leftover.add(Routes.searchIndexPart(part));
    }
    return leftover;
  }

  /**
   * The output paths a change from {@code before} to {@code after} can alter, or null when
   * only a full build is safe.
   */
  static Set<String> affectedPages(SiteBuilder.Prepared before, SiteBuilder.Prepared after) {
    Site old = before.site();
    Site now = after.site();
    if (!old.config().equals(now.config())
        || !sameFiles(old, now)
        || !topicSlugs(old).equals(topicSlugs(now))
        || !before.resolved().mediaFiles().equals(after.resolved().mediaFiles())) {
      return null;
    }
    Set<String> changed = new HashSet<>();
    for (int i = 0; i < now.explainers().size(); i++) {
      Explainer explainer = now.explainers().get(i);
      Explainer was = old.counterpart(explainer, i);
      // An explainer whose file was not read again is the very same object, loaded with the
      // very same body.
      if (was != explainer && (!explainer.equals(was)
          || before.bodies().get(explainer.slug()) != after.bodies().get(explainer.slug()))) {
        changed.add(explainer.slug());
      }
    }
    for (String slug : after.resolved().resolvedAfresh()) {
      if (!before.resolved().hrefsOf(slug).equals(after.resolved().hrefsOf(slug))) {
        changed.add(slug);
      }
    }
    Set<String> slugsToRender = new HashSet<>(changed);
    for (SiteBuilder.Prepared prepared : List.of(before, after)) {
      LinkGraph links = prepared.connections().links();
      for (String slug : changed) {
        links.from(slug).forEach(edge -> slugsToRender.add(edge.toSlug()));
        links.into(slug).forEach(edge -> slugsToRender.add(edge.fromSlug()));
      }
      // Related explainers are scored on topics and people too, not only on links.
      slugsToRender.addAll(prepared.connections().related().listing(changed));
    }
    Set<String> pages = new HashSet<>();
    Set<String> summaryChanged = new HashSet<>();
    for (String slug : changed) {
      if (!summaryFacts(old.bySlug(slug).orElseThrow())
          .equals(summaryFacts(now.bySlug(slug).orElseThrow()))) {
        summaryChanged.add(slug);
      }
    }
    int pageSize = now.config().pageSize();
    List<String> homePages =
        listPages(old.slugs(), now.slugs(), summaryChanged, pageSize, Routes::homePage);
    if (homePages == null) {
      return null;
    }
    pages.addAll(homePages);
    boolean gatheredFactsChanged = changed.stream().anyMatch(slug ->
        !gatheredFacts(old.bySlug(slug).orElseThrow(), before.resolved())
            .equals(gatheredFacts(now.bySlug(slug).orElseThrow(), after.resolved())));
    if (gatheredFactsChanged) {
      List<String> siteWide = after.renderer().siteWidePages(after.resolved(), after.connections());
      List<String> siteWideBefore =
          before.renderer().siteWidePages(before.resolved(), before.connections());
      // A page that is gone (a person no longer quoted, the question index a page shorter) is
      // cleared only by a full build.
      if (!new HashSet<>(siteWide).containsAll(siteWideBefore)) {
        return null;
      }
      pages.addAll(siteWide.equals(siteWideBefore)
          ? after.renderer().siteWidePagesShowing(before.resolved(), before.connections(),
              after.resolved(), after.connections(), changed)
          : siteWide);
    }
    slugsToRender.forEach(slug -> pages.add(Routes.explainer(slug)));
    Map<String, List<String>> oldMembers = new HashMap<>();
    old.topics().forEach(topic -> oldMembers.put(topic.slug(), topic.explainerSlugs()));
    for (Topic topic : now.topics()) {
      List<String> topicPages = listPages(oldMembers.get(topic.slug()), topic.explainerSlugs(),
          summaryChanged, pageSize, n -> Routes.topicPage(topic.slug(), n));
      if (topicPages == null) {
        return null;
      }
      pages.addAll(topicPages);
      if (oldMembers.get(topic.slug()).size() != topic.explainerSlugs().size()) {
        pages.add(Routes.HOME); // its list of topics shows their sizes
      }
    }
    return pages;
  }

  /**
   * The pages of a list (the home page's, a topic's) that show a change to the summaries of
   * {@code changed}, or null when the list now needs a different number of pages, which only a
   * full build writes (and clears) safely.
   */
  private static List<String> listPages(List<String> before, List<String> after,
      Set<String> changed, int pageSize, IntFunction<String> pathOfPage) {
    int pages = Paging.count(after.size(), pageSize);
    if (Paging.count(before.size(), pageSize) != pages) {
      return null;
    }
    Set<Integer> numbers = new TreeSet<>();
    if (!before.equals(after)) {
      // Explainers moved (a date or a tag changed): every page may list others now.
      IntStream.rangeClosed(1, pages).forEach(numbers::add);
    } else {
      for (int i = 0; i < after.size(); i++) {
        if (changed.contains(after.get(i))) {
          numbers.add(Paging.pageOf(i, pageSize));
        }
      }
    }
    return numbers.stream().map(pathOfPage::apply).toList();
  }

  /**
   * What the home and topic pages show of an explainer, in their lists, and whether it is a
   * draft, which decides whether search engines may index a list of drafts alone: editing its
   * prose leaves these equal, and those long pages are not rendered again.
   */
  static List<Object> summaryFacts(Explainer explainer) {
    FrontMatter meta = explainer.meta();
    return Arrays.asList(meta.title(), meta.dek(), meta.summary(), meta.date(), meta.tags(),
        explainer.questions().size(), meta.draft());
  }

  /**
   * What an explainer gives the pages that gather the whole site (people, timeline, question
   * index, redirects, graph.json), without source positions, which move with every edit above
   * them. A link's text and the sentence around it show only on explainer pages (backlinks),
   * which are chosen separately. Rewording prose that holds no quote, link target, question or
   * timeline event leaves these equal, and those pages are not rendered again.
   */
  static List<Object> gatheredFacts(Explainer explainer, ResolvedSite resolved) {
    FrontMatter meta = explainer.meta();
    return Arrays.asList(meta.title(), meta.dek(), meta.date(), meta.lastModified(), meta.tags(),
        meta.aliases().stream().map(OldSlug::slug).toList(),
        explainer.questions().stream()
            .map(q -> Arrays.asList(q.id(), q.title(), q.aliases(), q.excerpt())).toList(),
        explainer.quotes().stream()
            .map(q -> Arrays.asList(q.speaker(), q.role(), q.text(), q.questionId())).toList(),
        meta.timeline().stream()
            .map(t -> Arrays.asList(t.date(), t.event(), t.questionId())).toList(),
        explainer.links().stream()
            .map(l -> Arrays.asList(l.target(), l.image(), l.questionId())).toList(),
        resolved.links().get(explainer.slug()).edges().stream()
            .map(e -> Arrays.asList(e.toSlug(), e.fromQuestion(), e.toQuestion())).toList());
  }

  /** Whether both sites have the same explainers, each in the same file. */
  private static boolean sameFiles(Site old, Site now) {
    if (old.explainers().size() != now.explainers().size()) {
      return false;
    }
    for (int i = 0; i < now.explainers().size(); i++) {
      Explainer explainer = now.explainers().get(i);
      Explainer was = old.counterpart(explainer, i);
      if (was == null || !was.contentPath().equals(explainer.contentPath())) {
        return false;
      }
    }
    return true;
  }

  private static List<String> topicSlugs(Site site) {
    return site.topics().stream().map(t -> t.slug() + "\n" + t.name()).toList();
  }
}
