package dev.backstory.render;

import dev.backstory.content.BodyHtml;
import dev.backstory.content.EveryCore;
import dev.backstory.content.Excerpts;
import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Diagnostics;
import dev.backstory.diag.SourcePosition;
import dev.backstory.diag.Suggestions;
import dev.backstory.model.Explainer;
import dev.backstory.model.Label;
import dev.backstory.model.Paging;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.SiteConfig;
import dev.backstory.model.Topic;
import dev.backstory.model.WikiLinkRef;
import dev.backstory.render.Views.ExplainerPage;
import dev.backstory.render.Views.HomePage;
import dev.backstory.render.Views.PlainPage;
import dev.backstory.render.Views.SiteView;
import dev.backstory.render.Views.TopicPage;
import dev.backstory.render.BodyRenderer.RenderedBody;
import dev.backstory.resolve.Connections;
import dev.backstory.resolve.ExplainerLinks;
import dev.backstory.resolve.Person;
import dev.backstory.resolve.Redirect;
import dev.backstory.resolve.ResolvedSite;
import dev.backstory.resolve.ResolvedWikiLink;
import dev.backstory.resolve.Timeline;
import dev.backstory.resolve.TimelineEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The render phase: every page of the site through its FreeMarker layout, explainers in
 * parallel. Pages go to a {@link PageSink} as soon as they are done, so memory does not grow
 * with the size of the site.
 */
public final class SiteRenderer {

  static final String EXPLAINER = "explainer.ftlh";
  static final String HOME = "home.ftlh";
  static final String TOPIC = "topic.ftlh";
  static final String PEOPLE = "people.ftlh";
  static final String PERSON = "person.ftlh";
  static final String TIMELINE = "timeline.ftlh";
  static final String QUESTIONS = "questions.ftlh";
  static final String REDIRECT = "redirect.ftlh";
  static final String SEARCH = "search.ftlh";
  static final String NOT_FOUND = "404.ftlh";

  /**
   * Layouts of the pages that show how explainers connect. A template set made before they
   * existed still builds; it simply has no such pages.
   */
  static final List<String> OPTIONAL =
      List.of(PEOPLE, PERSON, TIMELINE, QUESTIONS, REDIRECT, SEARCH, NOT_FOUND);
  private static final java.util.Set<String> LAYOUTS = java.util.Set.copyOf(
      Stream.concat(Stream.of(EXPLAINER, HOME, TOPIC), OPTIONAL.stream()).toList());

  private final TemplateEngine templates;
  private final Path templatesFolder;
  private final String displayName;
  private final java.util.Set<String> optional;
  /** The pages gathering the site that {@link #optional} lets this theme write. */
  private final ThemePages themePages;
  /**
   * Each site's question index, made once: a build, and a preview's choice of pages, ask for
   * it several times. Weak keys (compared by identity), so a site the preview has moved past
   * is not kept.
   */
  private final Map<Site, QuestionIndex> questionIndexes =
      Collections.synchronizedMap(new WeakHashMap<>());
  /** The index made last, which a preview's next site mostly keeps the layout of. */
  private QuestionIndex lastQuestionIndex;
  /**
   * The search index entries a preview made last, by slug, so that asking for the index after
   * a save makes again only the entries of the explainers the save changed.
   */
  private Map<String, SearchEntry> lastSearchEntries = Map.of();
  /** The links to people's pages that {@link #lastSearchEntries} were made with. */
  private Map<String, String> lastPersonHrefs = Map.of();

  /**
   * An explainer's search index entry, with what it was made from besides the links to
   * people's pages. A save leaves the explainers, bodies and links it did not change the very
   * same objects, so comparing them by identity tells whether the entry still holds.
   */
  private record SearchEntry(Explainer explainer, BodyHtml body, ExplainerLinks links,
      byte[] bytes) {

    boolean madeFrom(Explainer explainer, BodyHtml body, ExplainerLinks links) {
      return this.explainer == explainer && this.body == body && this.links == links;
    }
  }

  /**
   * Set when a page of the render under way ran out of time: the pages not begun yet are left
   * out, as each could take as long again and the build has failed already. One renderer
   * renders one site at a time (a preview rebuilds after one change at a time).
   */
  private volatile boolean outOfTime;

  /**
   * @param templatesFolder the folder holding the layouts
   * @param displayName how messages name it, such as {@code templates}
   * @param pageTimeLimit how long a page may take to render before it is stopped as an error
   */
  public SiteRenderer(Path templatesFolder, String displayName, Duration pageTimeLimit)
      throws IOException {
    this.templates = new TemplateEngine(templatesFolder, displayName, pageTimeLimit);
    this.templatesFolder = templatesFolder;
    this.displayName = displayName;
    this.optional = OPTIONAL.stream()
        .filter(name -> Files.isRegularFile(templatesFolder.resolve(name)))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.themePages = new ThemePages(optional.contains(QUESTIONS), optional.contains(PEOPLE),
        optional.contains(PERSON), optional.contains(TIMELINE));
  }

  /**
   * Parses every layout; any syntax error is reported before a single page is rendered. A file
   * named nearly as an optional layout the theme lacks is warned about: misnamed, it leaves
   * the site without those pages and says nothing.
   */
  public List<Diagnostic> compile() {
    List<String> names = new java.util.ArrayList<>(List.of(EXPLAINER, HOME, TOPIC));
    OPTIONAL.stream().filter(optional::contains).forEach(names::add);
    List<Diagnostic> problems = new ArrayList<>(templates.compile(names));
    List<String> missing = OPTIONAL.stream().filter(name -> !optional.contains(name)).toList();
    for (String file : layoutsIn(templatesFolder)) {
      if (!LAYOUTS.contains(file)) {
        Suggestions.closest(file, missing).ifPresent(meant -> problems.add(
            Diagnostic.warning(SourcePosition.startOf(displayName + "/" + file), "%s is no "
                + "layout Backstory uses; did you mean %s? Without that layout the site has "
                + "no such pages", file, meant)));
      }
    }
    return problems;
  }

  /**
   * The explainers' old addresses ({@code aliases}) that no page will be left at, as the theme
   * has no layout for one: each is a warning at the alias, as links to it will break.
   */
  public List<Diagnostic> oldAddressesLeftEmpty(Site site) {
    if (optional.contains(REDIRECT)) {
      return List.of();
    }
    return site.explainers().stream()
        .flatMap(explainer -> explainer.meta().aliases().stream())
        .map(alias -> Diagnostic.warning(alias.position(), "no page is left at the old "
            + "address %s/, as the theme has no %s: links to it will break", alias.slug(),
            REDIRECT))
        .toList();
  }

  /** The names of the files at the top of a templates folder, in order; none if unreadable. */
  static List<String> layoutsIn(Path templatesFolder) {
    try (Stream<Path> files = Files.list(templatesFolder)) {
      return files.filter(Files::isRegularFile)
          .map(file -> file.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Renders the whole site into {@code sink}.
   *
   * @param bodyBySlug each explainer's body as the load phase rendered it
   * @param progress told the number of pages done after each page
   * @return the number of pages written
   */
  public int render(ResolvedSite resolved, Connections connections,
      Map<String, BodyHtml> bodyBySlug, PageSink sink, Diagnostics diagnostics,
      IntConsumer progress) throws IOException {
    return render(resolved, connections, bodyBySlug, sink, diagnostics, progress, Wanted.ALL);
  }

  /**
   * Renders only the pages and files at the output paths {@code only}, for a preview that
   * re-renders what a change affected.
   */
  public int render(ResolvedSite resolved, Connections connections,
      Map<String, BodyHtml> bodyBySlug, PageSink sink, Diagnostics diagnostics,
      IntConsumer progress, Set<String> only) throws IOException {
    return render(resolved, connections, bodyBySlug, sink, diagnostics, progress,
        new Wanted(Set.copyOf(only)));
  }

  /**
   * The pages a render writes: every one, or those at the given output paths. Knowing the
   * paths, not only a test, lets a preview that writes no page of the question index or the
   * timeline skip laying them out, passes over every explainer or event.
   */
  private record Wanted(Set<String> only) {
    static final Wanted ALL = new Wanted(null);

    boolean test(String path) {
      return only == null || only.contains(path);
    }

    boolean any(Predicate<String> kind) {
      return only == null || only.stream().anyMatch(kind);
    }
  }

  private int render(ResolvedSite resolved, Connections connections,
      Map<String, BodyHtml> bodyBySlug, PageSink sink, Diagnostics diagnostics,
      IntConsumer progress, Wanted wanted) throws IOException {
    outOfTime = false;
    Site site = resolved.site();
    SiteView siteView = ViewBuilder.site(site.config());
    Wording wording = new Wording(site.config().language(), site.config().labels());
    BodyRenderer bodyRenderer = new BodyRenderer(site.config().rawHtml());
    HeadViews heads = new HeadViews(site.config(), optional.contains(SEARCH));
    AtomicInteger done = new AtomicInteger();
    // A body is rendered when its page is, and dropped with the page, so a big site never
    // holds every body at once; only the bodies other explainers include sections of are kept,
    // rendered once. A preview that re-renders a few pages renders only their bodies.
    Set<String> included = includedSlugs(resolved);
    Map<String, RenderedBody> bodies = new ConcurrentHashMap<>();
    // Every explainer page sits at the same depth, so one map of person links serves them all.
    // A theme without person pages leaves every speaker unlinked.
    Map<String, String> personHrefs = site.explainers().isEmpty() || !themePages.persons()
        ? Map.of()
        : new ConnectionViewBuilder(resolved, connections, new ViewBuilder(
            Routes.explainer(site.explainers().get(0).slug()), wording)).personHrefs();
    Function<String, RenderedBody> render = slug -> bodyRenderer.render(bodyBySlug.get(slug),
        resolved.hrefsOf(slug), resolved.imageSizesOf(slug), resolved.wikiLinksOf(slug),
        personHrefs);
    Function<String, RenderedBody> bodyOf = slug -> included.contains(slug)
        ? bodies.computeIfAbsent(slug, render) : render.apply(slug);
    Includes includes = new Includes(site, resolved, bodyOf, wording);
    // Search and structured data see each explainer's own text, not the sections it includes.
    // Kept as the index's bytes, the most compact form of a site's whole text, until the end.
    Map<String, byte[]> searchEntries = new ConcurrentHashMap<>();
    Map<String, SearchEntry> madeEntries = new ConcurrentHashMap<>();
    Map<String, SearchEntry> reusable =
        personHrefs.equals(lastPersonHrefs) ? lastSearchEntries : Map.of();
    Function<Explainer, byte[]> searchEntryOf = explainer ->
        searchEntries.computeIfAbsent(explainer.slug(), slug -> {
          BodyHtml body = bodyBySlug.get(slug);
          ExplainerLinks links = resolved.links().get(slug);
          SearchEntry entry = reusable.get(slug);
          if (entry == null || !entry.madeFrom(explainer, body, links)) {
            entry = new SearchEntry(explainer, body, links,
                SearchIndexWriter.document(explainer, bodyOf.apply(slug)).entry());
          }
          madeEntries.put(slug, entry);
          return entry.bytes();
        });
    try {
      forEachWanted(site.explainers(), explainer -> Routes.explainer(explainer.slug()), wanted,
          (path, explainer) -> {
        ViewBuilder views = new ViewBuilder(path, wording);
        RenderedBody own = bodyOf.apply(explainer.slug());
        var search = SearchIndexWriter.document(explainer, own);
        if (writesSearchIndex(wanted)) {
          searchEntries.putIfAbsent(explainer.slug(), search.entry());
        }
        var body = includes.expand(explainer.slug(), own);
        String description = description(explainer, search.shortAnswer());
        var model = new ExplainerPage(siteView,
            views.page("explainer", explainer.title(), description,
                heads.explainer(views, explainer, description, search.answers()), themePages),
            views.explainer(explainer, body,
                new ConnectionViewBuilder(resolved, connections, views).explainer(explainer)));
        page(EXPLAINER, path, model, sink, diagnostics);
        progress.accept(done.incrementAndGet());
      });
      int pageSize = site.config().pageSize();
      List<TopicPageNumber> allTopicPages = site.topics().stream()
          .flatMap(topic -> IntStream.rangeClosed(1, topicPages(topic, pageSize))
              .mapToObj(n -> new TopicPageNumber(topic, n)))
          .toList();
      forEachWanted(allTopicPages, p -> Routes.topicPage(p.topic().slug(), p.number()), wanted,
          (path, p) -> {
        Topic topic = p.topic();
        int pages = topicPages(topic, pageSize);
        String name = wording.numbered(topic.name(), p.number(), pages);
        List<Explainer> shown =
            site.bySlugs(Paging.page(topic.explainerSlugs(), p.number(), pageSize));
        ViewBuilder views = new ViewBuilder(path, wording);
        var model = new TopicPage(siteView,
            views.page("topic", name, wording.label(Label.TOPIC_DESCRIPTION, topic.name()),
                heads.topic(views, topic, path, name, shown), themePages),
            views.topic(topic),
            shown.stream().map(views::summary).toList(),
            views.pagination(p.number(), pages, n -> Routes.topicPage(topic.slug(), n)));
        page(TOPIC, path, model, sink, diagnostics);
        progress.accept(done.incrementAndGet());
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    int homePages = Paging.count(site.explainers().size(), site.config().pageSize());
    forEachWantedPage(homePages, Routes::homePage, wanted, (path, n) -> {
      // Later pages are archive pages: titled apart from the first, without the topic list.
      String name = n == 1 ? site.config().title()
          : wording.numbered(wording.label(Label.ARCHIVE_TITLE), n, homePages);
      ViewBuilder views = new ViewBuilder(path, wording);
      List<Explainer> shown = Paging.page(site.explainers(), n, site.config().pageSize());
      var home = new HomePage(siteView,
          views.page(n == 1 ? "home" : "archive", name, site.config().description(),
              heads.home(views, path, name, shown), themePages),
          shown.stream().map(views::summary).toList(),
          n == 1 ? site.topics().stream().map(views::topic).toList() : List.of(),
          views.pagination(n, homePages, Routes::homePage));
      page(HOME, path, home, sink, diagnostics);
      progress.accept(done.incrementAndGet());
    });
    done.addAndGet(renderConnections(resolved, connections, siteView, heads, wording, sink,
        diagnostics, wanted));
    try {
      done.addAndGet(renderSiteFiles(site, connections, siteView, heads, wording, searchEntryOf,
          sink, diagnostics, wanted));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // Only a preview asking for the index makes the entries here; a full build makes each with
    // its page and keeps none past its end.
    if (!madeEntries.isEmpty()) {
      lastSearchEntries = madeEntries;
      lastPersonHrefs = personHrefs;
    }
    progress.accept(done.get());
    return done.get();
  }

  /**
   * The pages a host serves besides the content (search, 404) and the files made from the
   * whole site (search index, feeds, sitemap, robots.txt).
   *
   * @return the number of HTML pages among them
   */
  private int renderSiteFiles(Site site, Connections connections, SiteView siteView,
      HeadViews heads, Wording wording, Function<Explainer, byte[]> searchEntryOf, PageSink sink,
      Diagnostics diagnostics, Wanted wanted) throws IOException {
    int pages = 0;
    // The index and feeds need every explainer's text: a preview that re-renders a few pages
    // (and so renders only their bodies) writes them only when they are asked for.
    boolean wholeSite = wanted.test(Routes.SEARCH_INDEX);
    if (writesSearchIndex(wanted)) {
      // A full build made each entry with its page; a preview asking for the index makes them
      // all here, so on every core.
      List<byte[]> entries = EveryCore.map(site.explainers(), searchEntryOf);
      SearchIndexWriter.write(entries, sink);
    }
    if (optional.contains(SEARCH) && wanted.test(Routes.SEARCH)) {
      ViewBuilder views = new ViewBuilder(Routes.SEARCH, wording);
      String title = wording.label(Label.SEARCH_TITLE);
      page(SEARCH, Routes.SEARCH, new PlainPage(siteView, views.page("search", title,
          wording.label(Label.SEARCH_DESCRIPTION), heads.search(views, title), themePages)),
          sink, diagnostics);
      pages++;
    }
    if (optional.contains(NOT_FOUND) && wanted.test(Routes.NOT_FOUND)) {
      // A host shows this page at any missing address, so its links start at the root path.
      String root = site.config().baseUrl().isEmpty() ? "/"
          : java.net.URI.create(site.config().baseUrl()).getRawPath();
      ViewBuilder views = ViewBuilder.fromRoot(Routes.NOT_FOUND, root, wording);
      page(NOT_FOUND, Routes.NOT_FOUND, new PlainPage(siteView, views.page("not-found",
          wording.label(Label.NOT_FOUND_TITLE), wording.label(Label.NOT_FOUND_DESCRIPTION),
          heads.plain(views, null), themePages)),
          sink, diagnostics);
      pages++;
    }
    if (wholeSite) {
      SyndicationWriter.write(site, indexPages(site, connections), sink);
    }
    return pages;
  }

  /**
   * The pages that gather explainers (people, timeline, questions), for the sitemap, each with
   * the last change of what it shows: a person's pages that of the explainers quoting them,
   * the others the newest of the site's.
   */
  private Map<String, LocalDate> indexPages(Site site, Connections connections) {
    Map<String, LocalDate> pages = new LinkedHashMap<>();
    LocalDate newest = SitemapWriter.newest(site.explainers());
    int perIndexPage = indexPageSize(site.config());
    List<Person> people = connections.people().people();
    if (optional.contains(PEOPLE)) {
      IntStream.rangeClosed(1, peopleIndexPages(people, perIndexPage))
          .forEach(n -> pages.put(Routes.peoplePage(n), newest));
    }
    if (optional.contains(PERSON)) {
      for (PersonPageNumber p : personPages(people, site.config().pageSize())) {
        List<Explainer> quotedIn = site.bySlugs(p.person().explainerSlugs());
        if (Indexing.isIndexed(quotedIn)) {
          pages.put(Routes.personPage(p.person().slug(), p.number()),
              SitemapWriter.newest(quotedIn));
        }
      }
    }
    if (optional.contains(TIMELINE)) {
      IntStream.rangeClosed(1, timelinePages(connections.timeline(), perIndexPage))
          .forEach(n -> pages.put(Routes.timelinePage(n), newest));
    }
    if (optional.contains(QUESTIONS)) {
      IntStream.rangeClosed(1, questionIndex(site).pages())
          .forEach(n -> pages.put(Routes.questionsPage(n), newest));
    }
    return pages;
  }

  /**
   * The pages that gather the whole site, those {@link #renderConnections} writes (people,
   * timeline, questions, redirects), which a preview re-renders only when what they show
   * changed.
   */
  public List<String> siteWidePages(ResolvedSite resolved, Connections connections) {
    List<String> paths = new ArrayList<>(indexPages(resolved.site(), connections).keySet());
    if (optional.contains(REDIRECT)) {
      resolved.redirects().forEach(r -> paths.add(Routes.explainer(r.fromSlug())));
    }
    return paths;
  }

  /**
   * The pages among {@link #siteWidePages} that a change to the explainers {@code changed} can
   * alter, when the site had the same such pages before it: the people index, the pages of
   * everyone quoted in them before or after, the redirects to them, the timeline pages that
   * list their events or events the change moved, and the question index pages that list their
   * questions (all of those when the change moved questions from page to page).
   */
  public Set<String> siteWidePagesShowing(ResolvedSite before, Connections connectionsBefore,
      ResolvedSite after, Connections connections, Set<String> changed) {
    // A new count beside one name, or a new name, can move every later name of the index.
    Set<String> pages = new HashSet<>();
    int perIndexPage = indexPageSize(after.site().config());
    IntStream.rangeClosed(1, peopleIndexPages(connections.people().people(), perIndexPage))
        .forEach(n -> pages.add(Routes.peoplePage(n)));
    timelinePagesShowing(connectionsBefore.timeline(), connections.timeline(), changed,
        perIndexPage).forEach(n -> pages.add(Routes.timelinePage(n)));
    List<Person> peopleBefore = connectionsBefore.people().people();
    List<Person> peopleAfter = connections.people().people();
    // A save that changed no quote keeps the very same people: they are looked through once.
    for (List<Person> people : peopleBefore == peopleAfter
        ? List.of(peopleAfter) : List.of(peopleBefore, peopleAfter)) {
      for (Person person : people) {
        if (person.quotes().stream().anyMatch(quote -> changed.contains(quote.explainerSlug()))) {
          IntStream.rangeClosed(1, personPageCount(person, after.site().config().pageSize()))
              .forEach(n -> pages.add(Routes.personPage(person.slug(), n)));
        }
      }
    }
    after.redirects().stream().filter(redirect -> changed.contains(redirect.toSlug()))
        .forEach(redirect -> pages.add(Routes.explainer(redirect.fromSlug())));
    QuestionIndex questions = questionIndex(after.site());
    if (questions.sameLayout(questionIndex(before.site()))) {
      questions.pagesShowing(changed).forEach(n -> pages.add(Routes.questionsPage(n)));
    } else {
      IntStream.rangeClosed(1, questions.pages()).forEach(n -> pages.add(Routes.questionsPage(n)));
    }
    pages.retainAll(new HashSet<>(siteWidePages(after, connections)));
    return pages;
  }

  /**
   * Renders the pages that gather the whole site, those {@code wanted} accepts, and returns how
   * many it wrote (graph.json is a file, not a page).
   */
  private int renderConnections(ResolvedSite resolved, Connections connections,
      SiteView siteView, HeadViews heads, Wording wording, PageSink sink, Diagnostics diagnostics,
      Wanted wanted) {
    Site site = resolved.site();
    AtomicInteger pages = new AtomicInteger();
    List<Person> people = connections.people().people();
    int perIndexPage = indexPageSize(site.config());
    int peoplePages = peopleIndexPages(people, perIndexPage);
    forEachWantedPage(peoplePages, Routes::peoplePage, wanted, (path, n) -> {
      ViewBuilder views = new ViewBuilder(path, wording);
      page(pages, PEOPLE, path, new ConnectionViews.PeoplePage(siteView,
          plainPage(path, "people",
              wording.numbered(wording.label(Label.PEOPLE_TITLE), n, peoplePages),
              wording.label(Label.PEOPLE_DESCRIPTION), heads, wording),
          new ConnectionViewBuilder(resolved, connections, views)
              .people(Paging.page(people, n, perIndexPage), themePages.persons()),
          views.pagination(n, peoplePages, Routes::peoplePage)), sink, diagnostics);
    });
    int perPage = site.config().pageSize();
    forEachWanted(personPages(people, perPage),
        p -> Routes.personPage(p.person().slug(), p.number()), wanted, (path, p) -> {
      Person person = p.person();
      int count = personPageCount(person, perPage);
      ViewBuilder views = new ViewBuilder(path, wording);
      String title = wording.numbered(person.name(), p.number(), count);
      page(pages, PERSON, path, new ConnectionViews.PersonPage(siteView,
          views.page("person", title, wording.label(Label.PERSON_DESCRIPTION, person.name()),
              heads.page(views, path, title, site.bySlugs(person.explainerSlugs())),
              themePages),
          new ConnectionViewBuilder(resolved, connections, views)
              .person(person, p.number(), perPage),
          views.pagination(p.number(), count,
              n -> Routes.personPage(person.slug(), n))), sink, diagnostics);
    });
    if (optional.contains(TIMELINE) && wanted.any(Routes::inTimeline)) {
      renderTimeline(resolved, connections, siteView, heads, wording, sink, diagnostics, wanted,
          pages);
    }
    if (optional.contains(QUESTIONS) && wanted.any(Routes::inQuestionIndex)) {
      renderQuestionIndex(resolved, connections, siteView, heads, wording, sink, diagnostics,
          wanted, pages);
    }
    for (Redirect redirect : resolved.redirects()) {
      String path = Routes.explainer(redirect.fromSlug());
      if (!wanted.test(path)) {
        continue;
      }
      Explainer target = site.bySlug(redirect.toSlug()).orElseThrow();
      ViewBuilder views = new ViewBuilder(path, wording);
      page(pages, REDIRECT, path, new ConnectionViews.RedirectPage(siteView,
          views.page("redirect", target.title(), description(target),
              heads.plain(views, Routes.explainer(target.slug())), themePages),
          views.href(Routes.explainer(target.slug())), target.title()), sink, diagnostics);
    }
    if (wanted.test(Routes.GRAPH)) {
      try {
        sink.stream(Routes.GRAPH, out -> {
          Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          GraphExport.write(site, connections, themePages.persons(), text);
          text.flush();
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pages.get();
  }

  /** Renders the pages of the question index that {@code wanted} accepts, counting them. */
  private void renderQuestionIndex(ResolvedSite resolved, Connections connections,
      SiteView siteView, HeadViews heads, Wording wording, PageSink sink, Diagnostics diagnostics,
      Wanted wanted, AtomicInteger pages) {
    QuestionIndex questions = questionIndex(resolved.site());
    forEachWantedPage(questions.pages(), Routes::questionsPage, wanted, (path, n) -> {
      ViewBuilder views = new ViewBuilder(path, wording);
      ConnectionViewBuilder connected = new ConnectionViewBuilder(resolved, connections, views);
      page(pages, QUESTIONS, path, new ConnectionViews.QuestionsPage(siteView,
          plainPage(path, "questions",
              wording.numbered(wording.label(Label.QUESTIONS_TITLE), n, questions.pages()),
              wording.label(Label.QUESTIONS_DESCRIPTION), heads, wording),
          connected.questionIndex(questions, n),
          n == 1 ? connected.questionTopics(questions) : List.of(),
          views.pagination(n, questions.pages(), Routes::questionsPage)),
          sink, diagnostics);
    });
  }

  private QuestionIndex questionIndex(Site site) {
    // Made while holding the map's lock, so the last index is read and set under it too.
    return questionIndexes.computeIfAbsent(site, key -> {
      lastQuestionIndex = QuestionIndex.of(key, indexPageSize(key.config()), lastQuestionIndex);
      return lastQuestionIndex;
    });
  }

  /**
   * The pages of the timeline {@code after} that show events of the explainers {@code changed}
   * (their titles are shown with each event) or events that moved: every page between the
   * first and the last entry that differs. Every page when a year gained or lost events, as
   * the years' headings then fall elsewhere.
   */
  private static Set<Integer> timelinePagesShowing(Timeline before, Timeline after,
      Set<String> changed, int perPage) {
    List<TimelineEntry> was = before.entries();
    List<TimelineEntry> now = after.entries();
    Set<Integer> pages = new TreeSet<>();
    // A save that changed no event keeps the very same entries: nothing moved.
    if (was != now) {
      if (!yearSizes(before).equals(yearSizes(after))) {
        IntStream.rangeClosed(1, timelinePages(after, perPage)).forEach(pages::add);
        return pages;
      }
      int first = 0;
      while (first < now.size() && was.get(first).equals(now.get(first))) {
        first++;
      }
      int last = now.size() - 1;
      while (last > first && was.get(last).equals(now.get(last))) {
        last--;
      }
      if (first < now.size()) {
        IntStream.rangeClosed(Paging.pageOf(first, perPage), Paging.pageOf(last, perPage))
            .forEach(pages::add);
      }
    }
    for (int i = 0; i < now.size(); i++) {
      if (changed.contains(now.get(i).explainerSlug())) {
        pages.add(Paging.pageOf(i, perPage));
      }
    }
    return pages;
  }

  private static Map<Integer, Integer> yearSizes(Timeline timeline) {
    Map<Integer, Integer> sizes = new TreeMap<>();
    timeline.byYear().forEach((year, entries) -> sizes.put(year, entries.size()));
    return sizes;
  }

  /** Renders the pages of the timeline that {@code wanted} accepts, counting them. */
  private void renderTimeline(ResolvedSite resolved, Connections connections, SiteView siteView,
      HeadViews heads, Wording wording, PageSink sink, Diagnostics diagnostics, Wanted wanted,
      AtomicInteger pages) {
    List<List<TimelineEntry>> years = List.copyOf(connections.timeline().byYear().values());
    int[] sizes = years.stream().mapToInt(List::size).toArray();
    int perPage = indexPageSize(resolved.site().config());
    int count = timelinePages(connections.timeline(), perPage);
    forEachWantedPage(count, Routes::timelinePage, wanted, (path, n) -> {
      ViewBuilder views = new ViewBuilder(path, wording);
      ConnectionViewBuilder connected = new ConnectionViewBuilder(resolved, connections, views);
      page(pages, TIMELINE, path, new ConnectionViews.TimelinePage(siteView,
          plainPage(path, "timeline",
              wording.numbered(wording.label(Label.TIMELINE_TITLE), n, count),
              wording.label(Label.TIMELINE_DESCRIPTION), heads, wording),
          connected.timeline(years, Paging.slices(sizes, n, perPage)),
          n == 1 && years.size() > 1 ? connected.timelineYears(years, perPage) : List.of(),
          views.pagination(n, count, Routes::timelinePage)), sink, diagnostics);
    });
  }

  /**
   * Calls {@code render} with the path and number of each page of a paged list, from 1 to
   * {@code count}, that {@code wanted} accepts, on every core.
   */
  private static void forEachWantedPage(int count, IntFunction<String> pathOf, Wanted wanted,
      ObjIntConsumer<String> render) {
    forEachWanted(IntStream.rangeClosed(1, count).boxed().toList(), pathOf::apply, wanted,
        render::accept);
  }

  /**
   * Calls {@code render} with the path and the item of each of {@code items} whose page
   * {@code wanted} accepts, on every core.
   */
  private static <T> void forEachWanted(List<T> items, Function<T, String> pathOf,
      Wanted wanted, BiConsumer<String, T> render) {
    record WantedPage<I>(String path, I item) {}
    List<WantedPage<T>> pages = new ArrayList<>();
    for (T item : items) {
      String path = pathOf.apply(item);
      if (wanted.test(path)) {
        pages.add(new WantedPage<>(path, item));
      }
    }
    EveryCore.forEach(pages, page -> render.accept(page.path(), page.item()));
  }

  private static int timelinePages(Timeline timeline, int perPage) {
    return Paging.count(timeline.entries().size(), perPage);
  }

  /**
   * How many entries a page of the question index or the timeline lists: ten for each
   * explainer a list page lists, as an entry takes a line where a summary takes several.
   */
  static int indexPageSize(SiteConfig config) {
    return config.pageSize() * 10;
  }

  /** A page whose head has its canonical address and no structured data of its own. */
  private Views.PageView plainPage(String path, String kind, String title,
      String description, HeadViews heads, Wording wording) {
    ViewBuilder views = new ViewBuilder(path, wording);
    return views.page(kind, title, description, heads.page(views, path, title), themePages);
  }

  /** Whether this render writes the search index: a site with search, rendered whole. */
  private boolean writesSearchIndex(Wanted wanted) {
    return optional.contains(SEARCH) && wanted.test(Routes.SEARCH_INDEX);
  }

  /** The explainers that others include a section of. */
  private static Set<String> includedSlugs(ResolvedSite resolved) {
    Set<String> included = new HashSet<>();
    for (Explainer explainer : resolved.site().explainers()) {
      for (WikiLinkRef ref : explainer.wikiLinks()) {
        ResolvedWikiLink link = resolved.wikiLinksOf(explainer.slug()).get(ref.written());
        if (ref.include() && link != null) {
          included.add(link.toSlug());
        }
      }
    }
    return included;
  }

  private record TopicPageNumber(Topic topic, int number) {}

  /** Page {@code number} of the quotes of {@code person}. */
  private record PersonPageNumber(Person person, int number) {}

  /** Every page of everyone's quotes, {@code pageSize} quotes a page, as a topic's explainers. */
  private static List<PersonPageNumber> personPages(List<Person> people, int pageSize) {
    return people.stream()
        .flatMap(person -> IntStream.rangeClosed(1, personPageCount(person, pageSize))
            .mapToObj(n -> new PersonPageNumber(person, n)))
        .toList();
  }

  private static int peopleIndexPages(List<Person> people, int perPage) {
    return Paging.count(people.size(), perPage);
  }

  private static int personPageCount(Person person, int pageSize) {
    return Paging.count(person.quotes().size(), pageSize);
  }

  private static int topicPages(Topic topic, int pageSize) {
    return Paging.count(topic.explainerSlugs().size(), pageSize);
  }

  /** How many pages a whole render writes, for a counter to count up to. */
  public int pageCount(ResolvedSite resolved, Connections connections) {
    Site site = resolved.site();
    return site.explainers().size() + listPages(site) + siteWidePages(resolved, connections).size()
        + (optional.contains(SEARCH) ? 1 : 0) + (optional.contains(NOT_FOUND) ? 1 : 0);
  }

  /** How many list pages (home and topic pages) the site has. */
  private static int listPages(Site site) {
    int pageSize = site.config().pageSize();
    return Paging.count(site.explainers().size(), pageSize)
        + site.topics().stream().mapToInt(topic -> topicPages(topic, pageSize)).sum();
  }

  private static String description(Explainer explainer) {
    return description(explainer, "");
  }

  /**
   * What an explainer's page tells search engines and link previews it is about: its summary,
   * else its dek, else the first sentences of its short answer, else its title.
   */
  private static String description(Explainer explainer, String shortAnswer) {
    var meta = explainer.meta();
    if (meta.summary() != null || meta.dek() != null) {
      return meta.summary() != null ? meta.summary() : meta.dek();
    }
    String opening = Excerpts.opening(shortAnswer);
    return opening.isEmpty() ? meta.title() : opening;
  }

  /** Renders a page, and counts it in {@code pages} if its layout exists. */
  private void page(AtomicInteger pages, String template, String path, Object model,
      PageSink sink, Diagnostics diagnostics) {
    if (page(template, path, model, sink, diagnostics)) {
      pages.incrementAndGet();
    }
  }

  /**
   * Renders a page unless the theme left its optional layout out; a template error becomes a
   * diagnostic.
   *
   * @return whether the theme has the page's layout
   */
  private boolean page(String template, String path, Object model, PageSink sink,
      Diagnostics diagnostics) {
    if (OPTIONAL.contains(template) && !optional.contains(template)) {
      return false;
    }
    if (outOfTime) {
      return true;
    }
    PageText text = new PageText();
    try {
      Optional<TemplateEngine.Problem> problem = templates.render(template, path, model, text);
      if (problem.isPresent()) {
        diagnostics.add(problem.get().diagnostic());
        if (problem.get().outOfTime()) {
          outOfTime = true;
        }
        return true;
      }
      sink.write(path, text.utf8());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }
}
