package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Severity;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.Author;
import dev.backstory.model.Correction;
import dev.backstory.model.FrontMatter;
import dev.backstory.model.LeadImage;
import dev.backstory.model.MalformedUrls;
import dev.backstory.model.OldSlug;
import dev.backstory.model.PartialDate;
import dev.backstory.model.Slugs;
import dev.backstory.model.SourceRef;
import dev.backstory.model.TimelineEvent;
import dev.backstory.model.UnsafeUrls;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Validates an explainer's YAML front matter into a {@link FrontMatter}. All problems in the
 * block are reported, each at its own line and column, before the file is given up.
 */
final class FrontMatterReader {

  static final List<String> KEYS = List.of("title", "slug", "dek", "authors", "source", "date",
      "updated", "dateline", "tags", "image", "summary", "sources", "timeline", "corrections",
      "draft", "aliases");
  /**
   * What other site generators' front matter calls some of {@link #KEYS}, for writers and
   * archives that come from them.
   */
  private static final Map<String, String> OTHER_NAMES = Map.ofEntries(
      Map.entry("author", "authors"), Map.entry("byline", "authors"),
      Map.entry("categories", "tags"), Map.entry("subtitle", "dek"),
      Map.entry("standfirst", "dek"), Map.entry("description", "summary"),
      Map.entry("excerpt", "summary"), Map.entry("publishDate", "date"),
      Map.entry("pubDate", "date"), Map.entry("lastmod", "updated"),
      Map.entry("last_modified_at", "updated"), Map.entry("modified", "updated"),
      Map.entry("featured_image", "image"), Map.entry("cover", "image"),
      Map.entry("permalink", "slug"), Map.entry("url", "slug"));
  private static final List<String> AUTHOR_KEYS = List.of("name", "url", "role");
  private static final List<String> IMAGE_KEYS =
      List.of("src", "alt", "caption", "credit", "license");
  private static final List<String> SOURCE_KEYS = List.of("title", "url", "publisher", "date");
  private static final List<String> TIMELINE_KEYS = List.of("date", "event", "question");
  private static final List<String> CORRECTION_KEYS = List.of("date", "type", "text");

  /** What the front matter says, with the slug it asks for (null to use the file name). */
  record Result(FrontMatter frontMatter, String slug) {}

  private final String contentPath;
  /** The content folder as messages name it, with its slash: {@code content/} by default. */
  private final String contentFolderName;
  private final ContentFiles files;
  private final List<Diagnostic> problems;
  private final YamlReader yaml;
  private final Severity unsafeLinks;

  FrontMatterReader(
      String contentPath, ContentFiles files, LineMap lines, List<Diagnostic> problems) {
    this(contentPath, files, lines, problems, Severity.ERROR);
  }

  /** @param unsafeLinks how a {@code javascript:} (or similar) URL in a field is reported */
  FrontMatterReader(String contentPath, ContentFiles files, LineMap lines,
      List<Diagnostic> problems, Severity unsafeLinks) {
    this.unsafeLinks = unsafeLinks;
    this.contentPath = contentPath;
    this.contentFolderName =
        lines.file().substring(0, lines.file().length() - contentPath.length());
    this.files = files;
    this.problems = problems;
    this.yaml = new YamlReader(lines, problems);
  }

  /** Empty when a required field is missing or the YAML is malformed. */
  Optional<Result> read(String text, SourcePosition blockStart) {
    Optional<Node> root = yaml.parse(text, blockStart);
    if (root.isEmpty()) {
      if (text.isBlank()) {
        problems.add(Diagnostic.error(blockStart, "the front matter is empty: it needs `title` and `date`"));
      }
      return Optional.empty();
    }
    int before = errorCount();
    Optional<YamlReader.Fields> found =
        yaml.fields(root.get(), "the front matter", KEYS, OTHER_NAMES);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlReader.Fields fields = found.get();
    Optional<String> title = fields.requiredText("title");
    Optional<LocalDate> date = fields.requiredDate("date");
    String slug = fields.text("slug").filter(s -> isValidSlug(s, fields)).orElse(null);
    LocalDate updated = fields.date("updated").orElse(null);
    List<String> tags = new ArrayList<>();
    List<SourcePosition> tagPositions = new ArrayList<>();
    for (Node item : fields.textItems("tags")) {
      Optional<String> tag = yaml.itemText(item, "tags");
      if (tag.isPresent() && tag.get().codePoints().noneMatch(Character::isLetterOrDigit)) {
        // Its topic page would take the address every such tag takes, and share it.
        problems.add(Diagnostic.error(yaml.at(item), "the tag `%s` has no letter or digit to "
            + "name its topic page after; write the topic in words", tag.get()));
      } else if (tag.isPresent()) {
        tags.add(tag.get());
        tagPositions.add(yaml.at(item));
      } else if (item instanceof ScalarNode) {
        problems.add(Diagnostic.warning(yaml.at(item),
            "an empty `tags` item: write the tag, or remove the item"));
      }
    }
    FrontMatter frontMatter = new FrontMatter(
        title.orElse(""),
        fields.text("dek").orElse(null),
        fields.textItems("authors").stream().flatMap(n -> author(n).stream()).toList(),
        fields.text("source").orElse(null),
        date.orElse(LocalDate.EPOCH),
        updated,
        fields.text("dateline").orElse(null),
        tags,
        fields.node("image").flatMap(this::image).orElse(null),
        fields.text("summary").orElse(null),
        fields.items("sources").stream().flatMap(n -> source(n).stream()).toList(),
        fields.items("timeline").stream().flatMap(n -> timelineEvent(n).stream()).toList(),
        fields.items("corrections").stream().flatMap(n -> correction(n).stream()).toList(),
        fields.node("draft").map(this::draft).orElse(false),
        positions(fields),
        tagPositions,
        aliases(fields));
    return errorCount() > before ? Optional.empty() : Optional.of(new Result(frontMatter, slug));
  }

  private boolean draft(Node node) {
    Optional<String> text = yaml.text(node, "draft");
    if (text.isPresent() && (text.get().equals("true") || text.get().equals("false"))) {
      return text.get().equals("true");
    }
    yaml.error(node, "`draft` is true or false, not `%s`", text.orElse(""));
    return false;
  }

  private Map<String, SourcePosition> positions(YamlReader.Fields fields) {
    Map<String, SourcePosition> positions = new HashMap<>();
    for (String key : KEYS) {
      fields.node(key).ifPresent(node -> positions.put(key, yaml.at(node)));
    }
    return positions;
  }

  /** Old slugs; each must be a slug itself, since it becomes a folder of the site. */
  private List<OldSlug> aliases(YamlReader.Fields fields) {
    List<OldSlug> aliases = new ArrayList<>();
    for (Node item : fields.textItems("aliases")) {
      yaml.text(item, "aliases").ifPresent(alias -> {
        if (Slugs.of(alias).equals(alias)) {
          aliases.add(new OldSlug(alias, yaml.at(item)));
        } else if (isTooLong(alias)) {
          yaml.error(item, "an alias %s", tooLong(alias));
        } else {
          yaml.error(item, "an alias must be a slug, lowercase letters, digits and single dashes, "
              + "such as `%s`", Slugs.of(alias));
        }
      });
    }
    return aliases;
  }

  private boolean isValidSlug(String slug, YamlReader.Fields fields) {
    if (Slugs.of(slug).equals(slug)) {
      return true;
    }
    if (isTooLong(slug)) {
      yaml.error(fields.node("slug").orElseThrow(), "`slug` %s", tooLong(slug));
    } else {
      yaml.error(fields.node("slug").orElseThrow(),
          "`slug` must be lowercase letters, digits and single dashes, such as `%s`",
          Slugs.of(slug));
    }
    return false;
  }

  private static boolean isTooLong(String slug) {
    return slug.getBytes(StandardCharsets.UTF_8).length > Slugs.MAX_BYTES;
  }

  /** A slug names folders and files, and file systems refuse names over 255 bytes. */
  private static String tooLong(String slug) {
    return String.format(Locale.ROOT, "is %d bytes long; a slug names folders and files, and "
        + "takes at most %d, such as `%s`", slug.getBytes(StandardCharsets.UTF_8).length,
        Slugs.MAX_BYTES, Slugs.of(slug));
  }

  private Optional<Author> author(Node node) {
    if (!(node instanceof MappingNode)) {
      return yaml.text(node, "authors").map(name -> new Author(name, null, null));
    }
    return yaml.fields(node, "an author", AUTHOR_KEYS).flatMap(f -> f.requiredText("name")
        .map(name -> new Author(name, safeUrl(f).orElse(null), f.text("role").orElse(null))));
  }

  private Optional<LeadImage> image(Node node) {
    if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
      // Other site generators take the image's file alone; the lead image needs its description.
      yaml.error(node, "`image` is the file with its description: write `src: %s` and `alt:` "
          + "(what the image shows) on lines of their own, indented under `image:`",
          scalar.getValue().strip());
      return Optional.empty();
    }
    Optional<YamlReader.Fields> found = yaml.fields(node, "`image`", IMAGE_KEYS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YamlReader.Fields f = found.get();
    Optional<String> src = f.requiredText("src");
    Optional<String> alt = f.requiredText("alt");
    if (src.isEmpty()) {
      return Optional.empty();
    }
    Node srcNode = f.node("src").orElseThrow();
    ContentFiles.Lookup lookup = files.lookup(contentPath, src.get());
    switch (lookup.status()) {
      case MISSING -> {
        yaml.error(srcNode, "image `%s` not found (looked for %s%s)%s", src.get(),
            contentFolderName, lookup.contentPath(), PlatformText.whyNotFound(src.get()));
        return Optional.empty();
      }
      case OUTSIDE -> {
        yaml.error(srcNode, "image `%s` is outside the content folder; move it inside", src.get());
        return Optional.empty();
      }
      case BACKSLASH -> {
        yaml.error(srcNode, "image %s", ContentFiles.withSlashes(src.get()));
        return Optional.empty();
      }
      default -> { }
    }
    if (alt.isEmpty()) {
      return Optional.empty();
    }
    ImageSize size = ImageSize.of(files.file(lookup.contentPath()));
    ImageSize.problem(src.get(), lookup.contentPath(), size).ifPresent(problem ->
        problems.add(Diagnostic.warning(yaml.at(srcNode), "%s", problem)));
    return Optional.of(new LeadImage(lookup.contentPath(), alt.get(), f.text("caption").orElse(null),
        f.text("credit").orElse(null), f.text("license").orElse(null), size.width(), size.height()));
  }

  private Optional<SourceRef> source(Node node) {
    return yaml.fields(node, "a source", SOURCE_KEYS).flatMap(f -> {
      Optional<String> title = f.requiredText("title");
      Optional<String> url = safeUrl(f);
      LocalDate date = f.date("date").orElse(null);
      return title.map(t -> new SourceRef(t, url.orElse(null), f.text("publisher").orElse(null), date));
    });
  }

  private Optional<TimelineEvent> timelineEvent(Node node) {
    return yaml.fields(node, "a timeline event", TIMELINE_KEYS).flatMap(f -> {
      Optional<String> event = f.requiredText("event");
      Optional<PartialDate> date = f.requiredText("date").flatMap(text -> {
        Optional<PartialDate> parsed = PartialDate.parse(text);
        if (parsed.isEmpty() && PartialDate.isWrittenAsOne(text)) {
          yaml.error(f.node("date").orElseThrow(),
              "a timeline `date` is %s, which is not a date of the calendar", text);
        } else if (parsed.isEmpty()) {
          yaml.error(f.node("date").orElseThrow(),
              "a timeline `date` must be YYYY, YYYY-MM or YYYY-MM-DD, not `%s`", text);
        }
        return parsed;
      });
      if (event.isEmpty() || date.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new TimelineEvent(date.get(), event.get(),
          f.text("question").orElse(null), f.node("question").map(yaml::at).orElse(f.position())));
    });
  }

  private Optional<Correction> correction(Node node) {
    return yaml.fields(node, "a correction", CORRECTION_KEYS).flatMap(f -> {
      Optional<LocalDate> date = f.requiredDate("date");
      Optional<String> text = f.requiredText("text");
      Optional<Correction.Kind> kind = f.requiredText("type").flatMap(type -> {
        try {
          return Optional.of(Correction.Kind.valueOf(type.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          yaml.error(f.node("type").orElseThrow(),
              "a correction `type` is correction, clarification or update, not `%s`", type);
          return Optional.empty();
        }
      });
      if (date.isEmpty() || text.isEmpty() || kind.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Correction(date.get(), kind.get(), text.get()));
    });
  }

  /**
   * A {@code url} field; a script or data URL is reported and dropped, never passed on, and so
   * is one that is not a valid address.
   */
  private Optional<String> safeUrl(YamlReader.Fields fields) {
    return fields.text("url").filter(url -> {
      SourcePosition position = yaml.at(fields.node("url").orElseThrow());
      Optional<String> scheme = UnsafeUrls.scheme(url);
      scheme.ifPresent(name -> problems.add(
          new Diagnostic(unsafeLinks, position, UnsafeLinkMessage.of(name, unsafeLinks))));
      Optional<String> malformed = scheme.isEmpty() ? MalformedUrls.problem(url) : Optional.empty();
      malformed.ifPresent(problem -> problems.add(Diagnostic.error(position, "%s", problem)));
      return scheme.isEmpty() && malformed.isEmpty();
    });
  }

  private int errorCount() {
    return (int) problems.stream().filter(Diagnostic::isError).count();
  }
}
