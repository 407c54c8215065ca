package dev.backstory.resolve;

import dev.backstory.content.ContentFiles;
import dev.backstory.content.PercentDecoding;
import dev.backstory.content.UnsafeLinkMessage;
import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Diagnostics;
import dev.backstory.diag.Severity;
import dev.backstory.diag.Suggestions;
import dev.backstory.model.Explainer;
import dev.backstory.model.LinkRef;
import dev.backstory.model.Routes;
import dev.backstory.model.Site;
import dev.backstory.model.UnsafeUrls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The resolve phase: checks every link and image an explainer writes against the site, and
 * works out the href each becomes. Links to other explainers are ordinary relative links to
 * their {@code .md} files (so they also work when the Markdown is previewed elsewhere), with an
 * optional {@code #question-id}. Every broken reference is reported, not just the first.
 */
public final class LinkResolver {

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private final Site site;
  private final ContentFiles files;

  public LinkResolver(Site site, ContentFiles files) {
    this.site = site;
    this.files = files;
  }

  public ResolvedSite resolve(Diagnostics diagnostics) {
    Map<String, Map<String, String>> hrefs = new TreeMap<>();
    TreeSet<String> media = new TreeSet<>();
    List<LinkEdge> edges = new ArrayList<>();
    for (Explainer explainer : site.explainers()) {
      if (explainer.meta().image() != null) {
        media.add(explainer.meta().image().path());
      }
      Map<String, String> explainerHrefs = new TreeMap<>();
      for (LinkRef link : explainer.links()) {
        resolve(explainer, link, diagnostics, media, edges)
            .ifPresent(href -> explainerHrefs.put(link.target(), href));
      }
      hrefs.put(explainer.slug(), explainerHrefs);
    }
    return new ResolvedSite(site, hrefs, media, edges);
  }

  private Optional<String> resolve(Explainer from, LinkRef link, Diagnostics diagnostics,
      TreeSet<String> media, List<LinkEdge> edges) {
    String target = link.target();
    Optional<String> unsafe = UnsafeUrls.scheme(target);
    if (unsafe.isPresent()) {
      Severity severity = site.config().unsafeLinks();
      diagnostics.add(new Diagnostic(severity, link.position(),
          UnsafeLinkMessage.of(unsafe.get(), severity)));
      return Optional.empty();
    }
    if (target.isEmpty() || SCHEME.matcher(target).find() || target.startsWith("//")) {
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
      if (!checkAnchor(from, from, fragment, link, diagnostics)) {
        return Optional.empty();
      }
      edges.add(new LinkEdge(from.slug(), link.questionId(), from.slug(), fragment, link.position()));
      return Optional.of("#" + fragment);
    }
    ContentFiles.Lookup lookup = files.lookup(from.contentPath(), path);
    switch (lookup.status()) {
      case OUTSIDE -> {
        diagnostics.add(Diagnostic.error(link.position(),
            "`%s` points outside the content folder; only files inside it can be linked", target));
        return Optional.empty();
      }
      case MISSING -> {
        diagnostics.add(Diagnostic.error(link.position(), "%s `%s` not found%s",
            link.image() ? "image" : "file", path, suggestFile(from, path)));
        return Optional.empty();
      }
      default -> { }
    }
    if (!lookup.contentPath().toLowerCase(Locale.ROOT).endsWith(".md")) {
      media.add(lookup.contentPath());
      String href = Routes.relative(page, Routes.media(lookup.contentPath()));
      return Optional.of(fragment == null ? href : href + "#" + fragment);
    }
    Optional<Explainer> to = site.byContentPath(lookup.contentPath());
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
    if (fragment != null && !checkAnchor(from, to.get(), fragment, link, diagnostics)) {
      return Optional.empty();
    }
    edges.add(new LinkEdge(from.slug(), link.questionId(), to.get().slug(),
        fragment, link.position()));
    String href = Routes.relative(page, Routes.explainer(to.get().slug()));
    return Optional.of(fragment == null ? href : href + "#" + fragment);
  }

  private boolean checkAnchor(
      Explainer from, Explainer to, String fragment, LinkRef link, Diagnostics diagnostics) {
    if (to.anchors().contains(fragment)) {
      return true;
    }
    String where = to == from ? "this explainer" : relativePath(from, to.contentPath());
    List<String> ids = to.anchors().stream().sorted().toList();
    diagnostics.add(Diagnostic.error(link.position(), "no question #%s in %s%s", fragment, where,
        Suggestions.closest(fragment, ids).map(id -> " (did you mean #" + id + "?)").orElse("")));
    return false;
  }

  private String suggestFile(Explainer from, String path) {
    List<String> candidates = site.contentPaths().stream()
        .map(contentPath -> relativePath(from, contentPath))
        .toList();
    return Suggestions.didYouMean(path, candidates);
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
