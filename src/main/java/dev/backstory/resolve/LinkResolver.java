package dev.backstory.resolve;

import dev.backstory.content.ContentFiles;
import dev.backstory.content.EveryCore;
import dev.backstory.content.ImageSize;
import dev.backstory.content.PercentDecoding;
import dev.backstory.content.PlatformText;
import dev.backstory.content.UnsafeLinkMessage;
import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Diagnostics;
import dev.backstory.diag.Severity;
import dev.backstory.diag.SourcePosition;
import dev.backstory.diag.Suggestions;
import dev.backstory.model.Explainer;
import dev.backstory.model.LinkRef;
import dev.backstory.model.MalformedUrls;
import dev.backstory.model.OldSlug;
import dev.backstory.model.Question;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.UnsafeUrls;
import dev.backstory.model.WikiLinkRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The resolve phase: checks every link and image an explainer writes against the site, and
 * works out the href each becomes. Links to other explainers are ordinary relative links to
 * their {@code .md} files (so they also work when the Markdown is previewed elsewhere), with an
 * optional {@code #question-id}. Every broken reference is reported, not just the first.
 */
public final class LinkResolver {

  /**
   * Ids a layout gives the top of an explainer's page. A link to one is a link to the page,
   * which a link to its file already is, and themes need not have them.
   */
  private static final Set<String> PAGE_OPENINGS = Set.of("short-answer", "headline", "main",
      "top");

  private final Site site;
  private final ContentFiles files;
  /** Content paths of explainer files that could not be read as explainers. */
  private final Set<String> unread;
  /** Each image's size, read once a build however many explainers show it. */
  private final Map<String, ImageSize> imageSizes = new ConcurrentHashMap<>();

  public LinkResolver(Site site, ContentFiles files) {
    this(site, files, List.of());
  }

  /**
   * A resolver for a build that could not read some explainer files. It still checks the other
   * explainers' links, so that one run tells every broken link; a link to one of those files,
   * or a wiki link to a slug no explainer read has (it may be one of theirs), is not checked.
   *
   * @param unread the content paths of those files
   */
  public LinkResolver(Site site, ContentFiles files, List<String> unread) {
    this.site = site;
    this.files = files;
    this.unread = Set.copyOf(unread);
  }

  /** Resolves every explainer's references. */
  public ResolvedSite resolve(Diagnostics diagnostics) {
    return resolve(diagnostics, null);
  }

  /**
   * Resolves every explainer's references, reusing what {@code previous} (a build without
   * errors, or null) found for each explainer that is the same as it was then and has no
   * reference to an explainer that changed what links point at (its file, title, questions, ids
   * or old slugs): such an explainer's references then resolve exactly as before.
   */
  public ResolvedSite resolve(Diagnostics diagnostics, ResolvedSite previous) {
    Map<String, Explainer> byOldSlug = redirects(diagnostics);
    Set<String> retargeted = previous == null ? null : retargeted(previous.site());
    List<Explainer> explainers = site.explainers();
    Map<String, ExplainerLinks> links = new ConcurrentHashMap<>(explainers.size());
    Set<String> resolvedAfresh = ConcurrentHashMap.newKeySet();
    EveryCore.forEach(explainers.size(), place -> {
      Explainer explainer = explainers.get(place);
      ExplainerLinks own = retargeted == null ? null
          : reusable(previous, explainer, place, retargeted);
      if (own == null) {
        own = resolve(explainer, byOldSlug);
        resolvedAfresh.add(explainer.slug());
      }
      if (!own.problems().isEmpty()) {
        diagnostics.addAll(own.problems());
      }
      links.put(explainer.slug(), own);
    });
    List<Redirect> redirects = byOldSlug.entrySet().stream()
        .map(e -> new Redirect(e.getKey(), e.getValue().slug())).toList();
    return ResolvedSite.of(site, links, redirects, resolvedAfresh,
        retargeted == null ? null : previous);
  }

  /**
   * What {@code previous} found for {@code explainer}, if it is the same explainer and none of
   * its references leads to one of the explainers {@code retargeted}; null otherwise.
   */
  private static ExplainerLinks reusable(ResolvedSite previous, Explainer explainer, int place,
      Set<String> retargeted) {
    if (previous.site().counterpart(explainer, place) != explainer) {
      return null;
    }
    ExplainerLinks found = previous.links().get(explainer.slug());
    if (!retargeted.isEmpty()) {
      for (LinkEdge edge : found.edges()) {
        if (retargeted.contains(edge.toSlug())) {
          return null;
        }
      }
    }
    return found;
  }

  private ExplainerLinks resolve(Explainer explainer, Map<String, Explainer> byOldSlug) {
    Diagnostics problems = new Diagnostics();
    TreeSet<String> media = new TreeSet<>();
    List<LinkEdge> edges = new ArrayList<>();
    if (explainer.meta().image() != null) {
      media.add(explainer.meta().image().path());
    }
    Map<String, ResolvedWikiLink> wikiLinks = new TreeMap<>();
    for (WikiLinkRef ref : explainer.wikiLinks()) {
      resolveWiki(explainer, ref, byOldSlug, problems)
          .ifPresent(link -> wikiLinks.put(ref.written(), link));
    }
    for (WikiLinkRef ref : explainer.wikiLinks()) {
      ResolvedWikiLink link = wikiLinks.get(ref.written());
      if (link != null) {
        edges.add(new LinkEdge(explainer.slug(), ref.questionId(), link.toSlug(),
            link.toQuestion(), ResolvedSite.readable(ref.context(), wikiLinks), ref.include(),
            ref.position()));
      }
    }
    Map<String, String> hrefs = new HashMap<>();
    Map<String, ImageSize> sizes = new HashMap<>();
    for (LinkRef link : explainer.links()) {
      // A definition's own link reports what is wrong with its target; an image by
      // reference would only say it again. Whether the file reads as an image is told where
      // it is shown, as the definition does not say it is one.
      resolve(explainer, link, link.byReference() ? new Diagnostics() : problems, media)
          .ifPresent(resolved -> {
            hrefs.put(link.target(), resolved.href());
            if (resolved.size() != null) {
              sizes.put(link.target(), resolved.size());
            }
            if (resolved.unreadable() != null) {
              problems.add(Diagnostic.warning(link.position(), "%s", resolved.unreadable()));
            }
            if (resolved.to() != null) {
              edges.add(new LinkEdge(explainer.slug(), link.questionId(), resolved.to(),
                  resolved.toQuestion(), ResolvedSite.readable(link.context(), wikiLinks), false,
                  link.position()));
            }
          });
    }
    edges.sort(Comparator.comparing(LinkEdge::position));
    return new ExplainerLinks(hrefs, sizes, wikiLinks, edges, media, problems.sorted());
  }

  /**
   * The slugs of the explainers that offer links other targets than in {@code before} (another
   * file, title, question, id or old slug), or null when more than that changed: the site
   * settings, the left-out files or which explainers there are. A reference resolves as before
   * unless it leads to one of these: a reference to an explainer that is not in {@code before}
   * would not have resolved then, and that build had no errors.
   */
  private Set<String> retargeted(Site before) {
    if (!before.config().equals(site.config()) || !before.leftOut().equals(site.leftOut())
        || before.explainers().size() != site.explainers().size()) {
      return null;
    }
    Set<String> slugs = new HashSet<>();
    for (int place = 0; place < site.explainers().size(); place++) {
      Explainer now = site.explainers().get(place);
      Explainer then = before.counterpart(now, place);
      if (then == null) {
        return null;
      }
      if (then != now && !targets(then).equals(targets(now))) {
        slugs.add(now.slug());
      }
    }
    return slugs;
  }

  /** What a link to an explainer resolves against. */
  private static List<Object> targets(Explainer explainer) {
    return Arrays.asList(explainer.contentPath(), explainer.title(), explainer.anchors(),
        explainer.questions().stream()
            .map(q -> Arrays.asList(q.id(), q.title(), q.aliases())).toList(),
        explainer.meta().aliases().stream().map(OldSlug::slug).toList());
  }

  /**
   * The old slugs of every explainer, each of which must be free: not a current slug, not a
   * name the site uses, not claimed twice.
   */
  private Map<String, Explainer> redirects(Diagnostics diagnostics) {
    Map<String, Explainer> byOldSlug = new TreeMap<>();
    List<Explainer> byFile = site.explainers().stream()
        .filter(explainer -> !explainer.meta().aliases().isEmpty())
        .sorted(Comparator.comparing(Explainer::contentPath)).toList();
    for (Explainer explainer : byFile) {
      for (OldSlug old : explainer.meta().aliases()) {
        String alias = old.slug();
        Optional<Explainer> current = site.bySlug(alias);
        Explainer claimed = byOldSlug.get(alias);
        if (current.isPresent()) {
          diagnostics.add(Diagnostic.error(old.position(),
              "alias `%s` is the slug of %s; an old slug cannot forward while a page lives there",
              alias, current.get().sourceFile()));
        } else if (Routes.RESERVED_SLUGS.contains(alias)) {
          diagnostics.add(Diagnostic.error(old.position(),
              "alias `%s` is taken by the site's own pages", alias));
        } else if (claimed != null && claimed != explainer) {
          diagnostics.add(Diagnostic.error(old.position(), "alias `%s` is also an alias of %s",
              alias, claimed.sourceFile()));
        } else {
          byOldSlug.put(alias, explainer);
        }
      }
    }
    return byOldSlug;
  }

  /**
   * What a wiki link that names no slug may have meant: the file name of an explainer whose
   * front matter gives it another slug, or else the nearest slug.
   */
  private String slugHint(String wrong) {
    Optional<Explainer> named = site.explainers().stream()
        .filter(e -> !e.slug().equalsIgnoreCase(wrong)
            && e.contentPath().substring(e.contentPath().lastIndexOf('/') + 1)
                .equalsIgnoreCase(wrong + ".md"))
        .findFirst();
    if (named.isPresent()) {
      return " (`" + named.get().contentPath() + "` has the slug `" + named.get().slug() + "`)";
    }
    List<String> slugs = site.explainers().stream().map(Explainer::slug).sorted().toList();
    return Suggestions.closest(wrong, slugs).map(slug -> " (did you mean `" + slug + "`?)")
        .orElse("");
  }

  private Optional<ResolvedWikiLink> resolveWiki(Explainer from, WikiLinkRef ref,
      Map<String, Explainer> byOldSlug, Diagnostics diagnostics) {
    String syntax = (ref.include() ? "![[" : "[[") + ref.written() + "]]";
    Optional<Explainer> found = ref.slug().isEmpty()
        ? Optional.of(from)
        : site.bySlug(ref.slug()).or(() -> Optional.ofNullable(byOldSlug.get(ref.slug())));
    if (found.isEmpty()) {
      if (unread.isEmpty()) {
        diagnostics.add(Diagnostic.error(ref.position(), "no explainer with slug `%s` for %s%s",
            ref.slug(), syntax, slugHint(ref.slug())));
      }
      return Optional.empty();
    }
    Explainer to = found.get();
    if (ref.fragment() == null || ref.fragment().isEmpty()) {
      if (ref.include()) {
        diagnostics.add(Diagnostic.error(ref.position(),
            "%s names no question; an include is `![[slug#question-id]]`", syntax));
        return Optional.empty();
      }
      if (to == from) {
        diagnostics.add(Diagnostic.error(ref.position(),
            "%s links to this explainer itself; name a question with `[[#question-id]]`", syntax));
        return Optional.empty();
      }
      String text = ref.label() != null ? ref.label() : to.title();
      return Optional.of(new ResolvedWikiLink(
          Routes.relative(Routes.explainer(from.slug()), Routes.explainer(to.slug())), text,
          to.slug(), null));
    }
    Optional<String> anchor = checkAnchor(from, to, ref.fragment(), ref.position(), diagnostics);
    if (anchor.isEmpty()) {
      return Optional.empty();
    }
    Optional<Question> question = to.question(anchor.get());
    if (ref.include() && question.isEmpty()) {
      diagnostics.add(Diagnostic.error(ref.position(),
          "%s names a sub-heading; only a whole question section can be included", syntax));
      return Optional.empty();
    }
    if (ref.include() && to == from) {
      diagnostics.add(Diagnostic.error(ref.position(),
          "%s includes a section of this same explainer; link to it with `[[#%s]]`", syntax,
          anchor.get()));
      return Optional.empty();
    }
    String text = ref.label() != null ? ref.label()
        : question.map(Question::title).orElse(to.title());
    String page = to == from ? "" : Routes.relative(Routes.explainer(from.slug()),
        Routes.explainer(to.slug()));
    return Optional.of(new ResolvedWikiLink(page + "#" + anchor.get(), text, to.slug(),
        question.map(Question::id).orElse(anchor.get())));
  }

  /**
   * A link's href, and the explainer and question it leads to when it leads to one, or the
   * size of the image it shows when it is an image of the content folder.
   *
   * @param unreadable why that image's file will show broken, or null
   */
  private record Resolved(String href, String to, String toQuestion, ImageSize size,
      String unreadable) {
    Resolved(String href, String to, String toQuestion) {
      this(href, to, toQuestion, null, null);
    }
  }

  private Optional<Resolved> resolve(Explainer from, LinkRef link, Diagnostics diagnostics,
      TreeSet<String> media) {
    String target = link.target();
    Optional<String> unsafe = UnsafeUrls.scheme(target);
    if (unsafe.isPresent()) {
      Severity severity = site.config().unsafeLinks();
      diagnostics.add(new Diagnostic(severity, link.position(),
          UnsafeLinkMessage.of(unsafe.get(), severity)));
      return Optional.empty();
    }
    if (target.isEmpty() || LinkRef.leadsOffSite(target)) {
      MalformedUrls.problem(target).ifPresent(problem ->
          diagnostics.add(Diagnostic.error(link.position(), "%s", problem)));
      return Optional.empty();
    }
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String fragment = hash < 0 ? null : decode(target.substring(hash + 1));
    String page = Routes.explainer(from.slug());
    if (path.isEmpty()) {
      if (fragment == null || fragment.isEmpty()) {
        return Optional.empty();
      }
      return checkAnchor(from, from, fragment, link.position(), diagnostics)
          .map(anchor -> new Resolved("#" + anchor, from.slug(), anchor));
    }
    ContentFiles.Lookup lookup = files.lookup(from.contentPath(), path,
        contentPath -> site.byContentPath(contentPath).isPresent());
    switch (lookup.status()) {
      case OUTSIDE -> {
        diagnostics.add(Diagnostic.error(link.position(),
            "`%s` points outside the content folder; only files inside it can be linked%s",
            target, fromTheTop(from, path, target.substring(path.length()))));
        return Optional.empty();
      }
      case BACKSLASH -> {
        diagnostics.add(Diagnostic.error(link.position(), "%s %s", link.image() ? "image" : "file",
            ContentFiles.withSlashes(path)));
        return Optional.empty();
      }
      case MISSING -> {
        Optional<Path> onDisk = onDisk(lookup.contentPath());
        if (onDisk.isPresent() && Files.isDirectory(onDisk.get())) {
          diagnostics.add(Diagnostic.error(link.position(), "`%s` is a folder; %s names a file "
              + "in it", path, link.image() ? "an image" : "a link"));
          return Optional.empty();
        }
        String suggestion = path.toLowerCase(Locale.ROOT).endsWith(".md") || onDisk.isEmpty()
            ? suggestFile(from, path) : suggestBeside(path, onDisk.get());
        diagnostics.add(Diagnostic.error(link.position(), "%s `%s` not found%s%s",
            link.image() ? "image" : "file", path, suggestion, PlatformText.whyNotFound(path)));
        return Optional.empty();
      }
      default -> { }
    }
    if (!lookup.contentPath().toLowerCase(Locale.ROOT).endsWith(".md")) {
      media.add(lookup.contentPath());
      String href = Routes.relative(page, Routes.media(lookup.contentPath()));
      ImageSize size = null;
      String unreadable = null;
      if (link.image()) {
        size = imageSizes.computeIfAbsent(lookup.contentPath(),
            contentPath -> ImageSize.of(files.file(contentPath)));
        unreadable = ImageSize.problem(path, lookup.contentPath(), size).orElse(null);
      }
      return Optional.of(new Resolved(fragment == null ? href : href + "#" + fragment, null, null,
          size, unreadable));
    }
    Optional<Explainer> to = site.byContentPath(lookup.contentPath());
    if (to.isEmpty() && unread.contains(lookup.contentPath())) {
      return Optional.empty();
    }
    Optional<String> leftOut = site.leftOutBecause(lookup.contentPath());
    if (to.isEmpty() && leftOut.isPresent()) {
      diagnostics.add(Diagnostic.error(link.position(),
          "`%s` is left out of this build as %s: remove the link or publish it first",
          path, leftOut.get()));
      return Optional.empty();
    }
    if (to.isEmpty()) {
      diagnostics.add(Diagnostic.error(link.position(),
          "`%s` is not an explainer (files and folders starting with `_` or `.` are skipped)", path));
      return Optional.empty();
    }
    String href = Routes.relative(page, Routes.explainer(to.get().slug()));
    if (fragment == null || fragment.isEmpty()) {
      return Optional.of(new Resolved(href, to.get().slug(), null));
    }
    return checkAnchor(from, to.get(), fragment, link.position(), diagnostics)
        .map(anchor -> new Resolved(href + "#" + anchor, to.get().slug(), anchor));
  }

  /** The id a link to {@code fragment} lands on (the new one when it names an old id). */
  private Optional<String> checkAnchor(Explainer from, Explainer to, String fragment,
      SourcePosition position, Diagnostics diagnostics) {
    Optional<String> anchor = to.canonicalAnchor(fragment);
    if (anchor.isPresent()) {
      return anchor;
    }
    String where = to == from ? "this explainer" : relativePath(from, to.contentPath());
    // A question titled "Top" has stepped aside to top-2: the nearest id says so below.
    if (PAGE_OPENINGS.contains(fragment)
        && to.anchors().stream().noneMatch(id -> id.startsWith(fragment + "-"))) {
      diagnostics.add(Diagnostic.error(position, "#%s is where the layout opens the page, not "
          + "a question; %s", fragment, to == from ? "link to a question, or leave the link out"
              : "link to the explainer itself, without `#" + fragment + "`"));
      return Optional.empty();
    }
    List<String> ids = to.anchors().stream().sorted().toList();
    // An id given more words ("what" to "what-is") is most likely the question the link
    // meant, more than one a letter or two away.
    Optional<String> meant = ids.stream().filter(id -> id.startsWith(fragment + "-")).findFirst()
        .or(() -> Suggestions.closest(fragment, ids));
    diagnostics.add(Diagnostic.error(position, "no question `#%s` in %s%s", fragment, where,
        meant.map(id -> " (did you mean #" + id + "?)").orElse("")));
    return Optional.empty();
  }

  /**
   * The file a missing one may have meant: one whose explainer's slug the link names as a
   * file ({@code kp-summit.md} for the explainer published at {@code kp-summit/}), or else the
   * nearest file name.
   */
  private String suggestFile(Explainer from, String path) {
    // The address as written, which may hold what no path may (a NUL, in a hostile file).
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.endsWith(".md")) {
      Optional<Explainer> bySlug = site.bySlug(name.substring(0, name.length() - ".md".length()));
      if (bySlug.isPresent() && bySlug.get() != from) {
        return " (`" + bySlug.get().slug() + "` is the slug of "
            + relativePath(from, bySlug.get().contentPath()) + ": link to that file)";
      }
    }
    List<String> candidates = site.contentPaths().stream()
        .map(contentPath -> relativePath(from, contentPath))
        .toList();
    return Suggestions.didYouMean(path, candidates);
  }

  /**
   * For an address written from the top of the content folder ({@code /other.md}), as a web
   * address from the site's root would be: the same file written as Backstory reads addresses,
   * from the file the link is in.
   */
  private String fromTheTop(Explainer from, String path, String fragment) {
    if (!path.startsWith("/") || path.startsWith("//")) {
      return "";
    }
    // Any name at the top of the folder: only its folder is used to resolve from.
    ContentFiles.Lookup top = files.lookup("top.md", path.substring(1));
    return top.status() == ContentFiles.Status.FOUND
        ? " (addresses start from the file they are written in: `"
            + relativePath(from, top.contentPath()) + fragment + "`)"
        : "";
  }

  /** Where a content path would be on disk; empty for one no path can name (a NUL). */
  private Optional<Path> onDisk(String contentPath) {
    try {
      return Optional.of(files.file(contentPath));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * The file nearest in name to a missing image or other file, in the folder it was looked for
   * in, written as the link wrote its folder: {@code photo.svg} for {@code Photo.svg}.
   */
  private static String suggestBeside(String path, Path missing) {
    Path folder = missing.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return "";
    }
    try (Stream<Path> entries = Files.list(folder)) {
      List<String> names = entries.filter(Files::isRegularFile)
          .map(entry -> entry.getFileName().toString()).sorted().toList();
      String written = path.substring(0, path.lastIndexOf('/') + 1);
      return Suggestions.closest(path.substring(written.length()), names)
          .map(name -> " (did you mean " + written + name + "?)").orElse("");
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  /** How a file in the content folder is written relative to another. */
  private static String relativePath(Explainer from, String contentPath) {
    Path fromFolder = Path.of(from.contentPath()).getParent();
    Path to = Path.of(contentPath);
    return (fromFolder == null ? to : fromFolder.relativize(to)).toString().replace('\\', '/');
  }

  private static String decode(String text) {
    return PercentDecoding.decode(text);
  }
}
