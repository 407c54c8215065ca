package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Diagnostics;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.Explainer;
import dev.backstory.model.PersonProfile;
import dev.backstory.model.Routes;
import dev.backstory.model.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The load phase: finds every explainer under the content folder and reads them in parallel.
 * Files and folders whose names start with {@code .} or {@code _} are left alone, so editors'
 * swap files and drafts-in-progress folders do not become pages.
 */
public final class ContentLoader {

  private final Path root;
  private final String displayRoot;
  private final LayoutIds layoutIds;
  private final LoadCache cache;

  /**
   * A loader without a theme: questions step aside only from the ids every page keeps.
   *
   * @param root the content folder
   * @param displayRoot how messages name it, such as {@code content}
   */
  public ContentLoader(Path root, String displayRoot) {
    this(root, displayRoot, LayoutIds.NONE, null);
  }

  /**
   * A loader for the pages of a theme, which re-reads only files whose text is not already in
   * {@code cache} (may be null).
   *
   * @param layoutIds the ids the theme gives its own elements, which no question may take
   */
  public ContentLoader(Path root, String displayRoot, LayoutIds layoutIds, LoadCache cache) {
    this.root = root;
    this.displayRoot = displayRoot;
    this.layoutIds = layoutIds;
    this.cache = cache;
  }

  /**
   * Reads only {@code site.yaml}, for commands that need a setting but not the explainers; the
   * defaults without one, empty when it has an error (added to {@code problems}).
   */
  public static Optional<SiteConfig> siteConfig(Path root, String displayRoot,
      List<Diagnostic> problems) throws IOException {
    return Files.isDirectory(root)
        ? SiteConfigReader.read(new ContentFiles(root), displayRoot, problems)
        : Optional.of(SiteConfig.DEFAULTS);
  }

  /** An explainer that takes an address: the file, as messages name it, and how it takes it. */
  public record AddressHolder(String file, Taken how) {

    /** Where the address comes from. */
    public enum Taken { FILE_NAME, SLUG, ALIAS }
  }

  /**
   * The explainer that takes {@code address}, as its own or as an old one ({@code aliases}),
   * read from front matter alone: {@code new} must not take an address, and reading every
   * body of a big site would keep its writer waiting. A file whose front matter has errors
   * takes the address made from its name; a build tells of the errors.
   */
  public Optional<AddressHolder> holderOf(String address) throws IOException {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    ContentFiles files = new ContentFiles(root);
    SiteConfig settings =
        SiteConfigReader.read(files, displayRoot, new ArrayList<>()).orElse(SiteConfig.DEFAULTS);
    // Only front matter is read, where the theme's ids play no part.
    ExplainerLoader loader = new ExplainerLoader(files, settings, LayoutIds.NONE);
    List<Path> markdownFiles = markdownFiles();
    List<ExplainerLoader.Addresses> addresses = readEach(markdownFiles,
        file -> loader.addresses(file, displayRoot + "/" + files.contentPath(file)));
    for (int i = 0; i < markdownFiles.size(); i++) {
      String file = displayRoot + "/" + files.contentPath(markdownFiles.get(i));
      ExplainerLoader.Addresses taken = addresses.get(i);
      if (taken.own().equals(address)) {
        return Optional.of(new AddressHolder(file,
            taken.bySlug() ? AddressHolder.Taken.SLUG : AddressHolder.Taken.FILE_NAME));
      }
      if (taken.old().contains(address)) {
        return Optional.of(new AddressHolder(file, AddressHolder.Taken.ALIAS));
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the content. An explainer file that cannot be read as one (its front matter, say) is
   * left out of the result and named in its {@code unread}; one with other errors is in it,
   * and they are in {@code diagnostics}. The result is empty when the site's settings cannot
   * be read or two explainers take one address.
   */
  public Optional<LoadedContent> load(Diagnostics diagnostics) throws IOException {
    return load(diagnostics, (done, total) -> { });
  }

  /**
   * As {@link #load(Diagnostics)}, telling {@code read} after each explainer file how many of
   * how many have been read.
   */
  public Optional<LoadedContent> load(Diagnostics diagnostics, BiConsumer<Integer, Integer> read)
      throws IOException {
    if (!Files.isDirectory(root)) {
      diagnostics.add(Diagnostic.error(SourcePosition.startOf(displayRoot), Files.exists(root)
          ? "the content folder is a file; pass --content a folder"
          : "the content folder does not exist; create it or pass --content"));
      return Optional.empty();
    }
    ContentFiles files = new ContentFiles(root);
    List<Diagnostic> configProblems = new ArrayList<>();
    Optional<SiteConfig> config = SiteConfigReader.read(files, displayRoot, configProblems);
    diagnostics.addAll(configProblems);
    SiteConfig settings = config.orElse(SiteConfig.DEFAULTS);
    ExplainerLoader loader = new ExplainerLoader(files, settings, layoutIds);
    List<Diagnostic> peopleProblems = new ArrayList<>();
    List<PersonProfile> people = PeopleReader.read(files, displayRoot, peopleProblems);
    diagnostics.addAll(peopleProblems);

    if (cache != null) {
      cache.layoutIds(layoutIds);
    }
    List<Path> markdownFiles = cache == null ? markdownFiles() : cache.files(this::markdownFiles);
    if (markdownFiles.isEmpty()) {
      // Most often the wrong folder: a build would replace the last site with an empty one.
      diagnostics.add(Diagnostic.warning(SourcePosition.startOf(displayRoot), "the content "
          + "folder holds no explainers (no .md files), so the site has none; start one with "
          + "`backstory new \"Why ...?\"`, or pass the folder that holds them as --content"));
    }
    AtomicInteger done = new AtomicInteger();
    List<LoadedExplainer> results = readEach(markdownFiles, file -> {
      List<Diagnostic> problems = new ArrayList<>();
      Optional<LoadedExplainer> loaded = loadOne(loader, files, file, problems);
      diagnostics.addAll(problems);
      read.accept(done.incrementAndGet(), markdownFiles.size());
      return loaded.orElse(null);
    });
    if (cache != null) {
      cache.loaded();
    }
    List<LoadedExplainer> explainers = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    for (int i = 0; i < markdownFiles.size(); i++) {
      if (results.get(i) == null) {
        unread.add(files.contentPath(markdownFiles.get(i)));
      } else {
        explainers.add(results.get(i));
      }
    }
    explainers.sort(Comparator.comparing(e -> e.explainer().contentPath()));
    long errorsBefore = diagnostics.errorCount();
    checkSlugs(explainers, diagnostics);
    // Two explainers at one address make no site to check links in.
    if (config.isEmpty() || diagnostics.errorCount() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new LoadedContent(config.get(), explainers, people, unread));
  }

  private Optional<LoadedExplainer> loadOne(ExplainerLoader loader, ContentFiles files,
      Path file, List<Diagnostic> problems) throws IOException {
    String displayPath = displayRoot + "/" + files.contentPath(file);
    if (PlatformText.isLost(displayPath)) {
      problems.add(Diagnostic.error(SourcePosition.startOf(displayPath),
          "this file's name cannot be read: %s", PlatformText.why()));
      return Optional.empty();
    }
    if (cache == null) {
      return loader.load(file, displayPath, problems);
    }
    Optional<Optional<LoadedExplainer>> unread = cache.unread(file, problems);
    if (unread.isPresent()) {
      return unread.get();
    }
    String text = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
    Optional<Optional<LoadedExplainer>> known = cache.lookup(file, text, problems);
    if (known.isPresent()) {
      return known.get();
    }
    List<Diagnostic> found = new ArrayList<>();
    Optional<LoadedExplainer> loaded =
        loader.load(file, displayPath, found);
    cache.remember(file, text, loaded, found);
    problems.addAll(found);
    return loaded;
  }

  /** Reads one file on one of the cores. */
  private interface FileReading<R> {
    R read(Path file) throws IOException;
  }

  /** {@link EveryCore#map} over files, an I/O error on any core thrown here. */
  private static <R> List<R> readEach(List<Path> files, FileReading<R> reading)
      throws IOException {
    try {
      return EveryCore.map(files, file -> {
        try {
          return reading.read(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private List<Path> markdownFiles() throws IOException {
    // A walk does not enter a starting folder that is a symbolic link, and would find nothing:
    // such a content folder is walked where it leads, its files named under the folder given.
    Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    try (Stream<Path> found = Files.find(start, Integer.MAX_VALUE, (path, attributes) ->
        path.getFileName().toString().endsWith(".md") && isFile(path, attributes)
            && !isHidden(start.relativize(path)))) {
      return found.map(path -> root.resolve(start.relativize(path))).sorted().toList();
    }
  }

  /**
   * A regular file, or a symbolic link to one. The walk has read each entry's own attributes
   * already, so only a link costs another look at the disk.
   */
  private static boolean isFile(Path path, BasicFileAttributes attributes) {
    return attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(path);
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || name.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static void checkSlugs(List<LoadedExplainer> explainers, Diagnostics diagnostics) {
    Map<String, LoadedExplainer> bySlug = new HashMap<>(explainers.size() * 2);
    for (LoadedExplainer loaded : explainers) {
      String slug = loaded.explainer().slug();
      if (Routes.RESERVED_SLUGS.contains(slug)) {
        diagnostics.add(Diagnostic.error(slugPosition(loaded),
            "slug `%s` is taken by the site's own pages; set another with `slug:`", slug));
        continue;
      }
      LoadedExplainer other = bySlug.putIfAbsent(slug, loaded);
      if (other != null) {
        diagnostics.add(Diagnostic.error(slugPosition(loaded),
            "slug `%s` is also the slug of %s; set `slug:` in one", slug,
            other.explainer().sourceFile()));
        diagnostics.add(Diagnostic.error(slugPosition(other),
            "slug `%s` is also the slug of %s; set `slug:` in one", slug,
            loaded.explainer().sourceFile()));
      }
    }
  }

  /** Where the slug comes from: its `slug:` line, or the file, whose name made it. */
  private static SourcePosition slugPosition(LoadedExplainer loaded) {
    Explainer explainer = loaded.explainer();
    return explainer.meta().positionOf("slug")
        .orElseGet(() -> SourcePosition.startOf(explainer.sourceFile()));
  }
}
