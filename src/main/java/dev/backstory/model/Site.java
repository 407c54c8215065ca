package dev.backstory.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole site as data: explainers newest first, topics by name, and the indexes that
 * later phases look things up in. Immutable once made.
 */
public final class Site {

  /** Newest first; ties by slug, so the order never depends on the file system. */
  static final Comparator<Explainer> NEWEST_FIRST =
      Comparator.comparing((Explainer e) -> e.meta().date()).reversed()
          .thenComparing(Explainer::slug);

  private final SiteConfig config;
  /** The explainers in the order they were given, which a rebuild of the same files repeats. */
  private final List<Explainer> given;
  private final List<Explainer> explainers;
  /** The explainers' slugs in the same order; a rebuild that keeps the order keeps this list. */
  private final List<String> slugs;
  private final List<Topic> topics;
  private final int questionCount;
  private final Map<String, Explainer> bySlug;
  private final Map<String, Explainer> byContentPath;
  private final Map<String, String> leftOut;

  private Site(SiteConfig config, List<Explainer> explainers, Map<String, String> leftOut) {
    this.config = config;
    this.leftOut = Map.copyOf(leftOut);
    this.given = List.copyOf(explainers);
    this.explainers = explainers.stream().sorted(NEWEST_FIRST).toList();
    this.slugs = this.explainers.stream().map(Explainer::slug).toList();
    this.bySlug = index(this.explainers, Explainer::slug);
    this.byContentPath = index(this.explainers, Explainer::contentPath);
    this.topics = topicsOf(this.explainers);
    this.questionCount = this.explainers.stream().mapToInt(e -> e.questions().size()).sum();
  }

  /** {@code before} with the explainers {@code changed} put in the places of their slugs. */
  private Site(SiteConfig config, List<Explainer> given, Map<String, Explainer> changed,
      Map<String, String> leftOut, Site before, int questionCount) {
    this.config = config;
    this.leftOut = Map.copyOf(leftOut);
    this.given = List.copyOf(given);
    this.slugs = before.slugs;
    this.topics = before.topics;
    this.questionCount = questionCount;
    if (changed.isEmpty()) {
      this.explainers = before.explainers;
      this.bySlug = before.bySlug;
      this.byContentPath = before.byContentPath;
      return;
    }
    // Copies of the tables, changed in a few places, rather than thousands of explainers
    // hashed again on every save of a preview.
    List<Explainer> inOrder = new ArrayList<>(before.explainers.size());
    for (int i = 0; i < before.slugs.size(); i++) {
      inOrder.add(changed.getOrDefault(before.slugs.get(i), before.explainers.get(i)));
    }
    Map<String, Explainer> bySlug = new HashMap<>(before.bySlug);
    Map<String, Explainer> byContentPath = new HashMap<>(before.byContentPath);
    for (Explainer explainer : changed.values()) {
      bySlug.put(explainer.slug(), explainer);
      byContentPath.put(explainer.contentPath(), explainer);
    }
    // The same kind of list as a site made afresh has: code that walks the explainers of two
    // sites on every save then calls one implementation, which the compiler can inline.
    this.explainers = List.copyOf(inOrder);
    this.bySlug = bySlug;
    this.byContentPath = byContentPath;
  }

  /** Assembles a site; slugs and content paths must already be unique. */
  public static Site of(SiteConfig config, List<Explainer> explainers) {
    return new Site(config, explainers, Map.of());
  }

  /**
   * Assembles a site of the published explainers.
   *
   * @param leftOut content path of each explainer the build leaves out, to why (finishing a
   *     sentence "left out as ..."), so links to them can be reported clearly
   */
  public static Site of(SiteConfig config, List<Explainer> published, Map<String, String> leftOut) {
    return new Site(config, published, leftOut);
  }

  /**
   * Like {@link #of(SiteConfig, List, Map)}, for a rebuild: when {@code before} had the same
   * explainers in the same files, and none changed its date or tags, their order and topics
   * are as they were and are taken from it instead of worked out again.
   */
  public static Site of(SiteConfig config, List<Explainer> published, Map<String, String> leftOut,
      Site before) {
    if (before == null || before.explainers.size() != published.size()) {
      return of(config, published, leftOut);
    }
    Map<String, Explainer> changed = new HashMap<>();
    int questionCount = before.questionCount;
    for (int i = 0; i < published.size(); i++) {
      Explainer now = published.get(i);
      // An explainer whose file was not read again is the very same object, given in the same
      // place when the files are the same.
      if (before.given.get(i) == now) {
        continue;
      }
      Explainer was = before.bySlug.get(now.slug());
      if (was == now) {
        continue;
      }
      if (was == null || !was.contentPath().equals(now.contentPath())
          || !was.meta().date().equals(now.meta().date())
          || !was.meta().tags().equals(now.meta().tags())) {
        return of(config, published, leftOut);
      }
      questionCount += now.questions().size() - was.questions().size();
      changed.put(now.slug(), now);
    }
    return new Site(config, published, changed, leftOut, before, questionCount);
  }

  /** Why the explainer in this file was left out of the build, if it was. */
  public Optional<String> leftOutBecause(String contentPath) {
    return Optional.ofNullable(leftOut.get(contentPath));
  }

  /** Content path of each explainer left out of the build, to why. */
  public Map<String, String> leftOut() {
    return leftOut;
  }

  public SiteConfig config() {
    return config;
  }

  public List<Explainer> explainers() {
    return explainers;
  }

  /** Every explainer's slug, in the order of {@link #explainers()}. */
  public List<String> slugs() {
    return slugs;
  }

  public List<Topic> topics() {
    return topics;
  }

  public Optional<Explainer> bySlug(String slug) {
    return Optional.ofNullable(bySlug.get(slug));
  }

  /** The explainers of these slugs, each one of this site's (a topic's, a page of them). */
  public List<Explainer> bySlugs(List<String> slugs) {
    return slugs.stream().map(slug -> bySlug(slug).orElseThrow()).toList();
  }

  /**
   * This site's explainer with the slug of {@code explainer}, or null. It is looked for first
   * at {@code place} in {@link #explainers()}: a rebuild that kept the order keeps the very
   * same object there, found without a lookup.
   */
  public Explainer counterpart(Explainer explainer, int place) {
    return place < explainers.size() && explainers.get(place) == explainer
        ? explainer : bySlug.get(explainer.slug());
  }

  /** The explainer written in the given file (relative to the content folder). */
  public Optional<Explainer> byContentPath(String contentPath) {
    return Optional.ofNullable(byContentPath.get(contentPath));
  }

  /** Every explainer's content path, sorted, for "did you mean" suggestions. */
  public List<String> contentPaths() {
    return byContentPath.keySet().stream().sorted().toList();
  }

  public int questionCount() {
    return questionCount;
  }

  private static Map<String, Explainer> index(
      List<Explainer> explainers, Function<Explainer, String> key) {
    return explainers.stream()
        .collect(Collectors.toMap(key, e -> e, (a, b) -> a, HashMap::new));
  }

  private static List<Topic> topicsOf(List<Explainer> newestFirst) {
    // Hash maps: the topics are sorted once at the end, and every explainer passes through here.
    Map<String, String> names = new HashMap<>();
    // A set, so that a big topic does not cost a scan of its members for every explainer.
    Map<String, Set<String>> members = new HashMap<>();
    // Many explainers share each tag: its slug is worked out once.
    Map<String, String> slugs = new HashMap<>();
    for (Explainer explainer : newestFirst) {
      for (String tag : explainer.meta().tags()) {
        String slug = slugs.computeIfAbsent(tag, Slugs::of);
        names.putIfAbsent(slug, tag);
        members.computeIfAbsent(slug, s -> new LinkedHashSet<>()).add(explainer.slug());
      }
    }
    return names.entrySet().stream()
        .map(e -> new Topic(e.getKey(), e.getValue(), List.copyOf(members.get(e.getKey()))))
        .sorted(Comparator.comparing((Topic t) -> t.name().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(Topic::slug))
        .toList();
  }
}
