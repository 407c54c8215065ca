package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Severity;
import dev.backstory.diag.SourcePosition;
import dev.backstory.diag.Suggestions;
import dev.backstory.model.CheckLevel;
import dev.backstory.model.EditorialCheck;
import dev.backstory.model.Label;
import dev.backstory.model.Labels;
import dev.backstory.model.LinkRef;
import dev.backstory.model.PublishedAddress;
import dev.backstory.model.RawHtml;
import dev.backstory.model.SiteConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code site.yaml} from the content folder; without one, the defaults apply. */
final class SiteConfigReader {

  static final String FILE_NAME = "site.yaml";
  private static final List<String> KEYS =
      List.of("title", "description", "baseUrl", "language", "publisher", "checks",
          "unsafeLinks", "rawHtml", "publisherLogo", "faqPage", "speakable", "pageSize", "labels",
          "timeZone", "feedSize");

  /** What other site generators' settings call some of {@link #KEYS}. */
  private static final Map<String, String> OTHER_NAMES = Map.of("baseURL", "baseUrl",
      "url", "baseUrl", "languageCode", "language", "paginate", "pageSize",
      "timezone", "timeZone");

  static Optional<SiteConfig> read(ContentFiles files, String displayRoot,
      List<Diagnostic> problems) throws IOException {
    Path file = files.root().resolve(FILE_NAME);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(SiteConfig.DEFAULTS);
    }
    String displayName = displayRoot + "/" + FILE_NAME;
    if (!Files.isRegularFile(file)) {
      // Building on without the settings would publish a site without its address, feeds
      // and language, and say nothing.
      problems.add(Diagnostic.error(SourcePosition.startOf(displayName), "%s is %s; the site's "
          + "settings are read from a file of that name", FILE_NAME, Files.isDirectory(file)
              ? "a folder" : "a symbolic link that leads nowhere"));
      return Optional.empty();
    }
    SourceText.Result read = files.read(file, displayName);
    if (read.problem() != null) {
      problems.add(read.problem());
      return Optional.empty();
    }
    String text = read.source().text();
    YamlReader yaml = new YamlReader(new LineMap(displayName, text, 1), problems);
    SiteConfig defaults = SiteConfig.DEFAULTS;
    Optional<Node> root = yaml.parse(text, SourcePosition.startOf(displayName));
    if (root.isEmpty()) {
      return text.isBlank() ? Optional.of(defaults) : Optional.empty();
    }
    long errorsBefore = errorCount(problems);
    Optional<SiteConfig> config = yaml.fields(root.get(), "`" + FILE_NAME + "`", KEYS, OTHER_NAMES).map(f -> new SiteConfig(
        f.text("title").orElse(defaults.title()),
        f.text("description").orElse(defaults.description()),
        baseUrl(yaml, f).orElse(defaults.baseUrl()),
        language(yaml, f).orElse(defaults.language()),
        f.text("publisher").orElse(defaults.publisher()),
        f.node("checks").map(node -> checks(yaml, node)).orElse(Map.of()),
        choice(yaml, f, "unsafeLinks", Severity.class).orElse(defaults.unsafeLinks()),
        choice(yaml, f, "rawHtml", RawHtml.class).orElse(defaults.rawHtml()),
        publisherLogo(yaml, f).orElse(defaults.publisherLogo()),
        flag(yaml, f, "faqPage"),
        flag(yaml, f, "speakable"),
        count(yaml, f, "pageSize").orElse(defaults.pageSize()),
        f.node("labels").map(node -> labels(yaml, node)).orElse(defaults.labels()),
        timeZone(yaml, f).orElse(defaults.timeZone()),
        count(yaml, f, "feedSize").orElse(defaults.feedSize())));
    return errorCount(problems) > errorsBefore ? Optional.empty() : config;
  }

  /**
   * {@code timeZone}: a zone of the time zone database, such as {@code Asia/Seoul} or
   * {@code UTC}, or a fixed offset such as {@code +09:00}.
   */
  private static Optional<ZoneId> timeZone(YamlReader yaml, YamlReader.Fields fields) {
    Optional<String> value = fields.text("timeZone");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(value.get().strip()));
    } catch (DateTimeException e) {
      yaml.error(fields.node("timeZone").orElseThrow(), "`timeZone` must be a time zone such as "
          + "Asia/Seoul, Europe/Berlin or UTC, not `%s`%s", value.get(),
          Suggestions.didYouMean(value.get().strip(), new TreeSet<>(ZoneId.getAvailableZoneIds())));
      return Optional.empty();
    }
  }

  /** The {@code checks:} mapping: check name to {@code error}, {@code warning} or {@code off}. */
  private static Map<EditorialCheck, CheckLevel> checks(YamlReader yaml, Node node) {
    Map<EditorialCheck, CheckLevel> levels = new EnumMap<>(EditorialCheck.class);
    yaml.fields(node, "`checks`", EditorialCheck.keys()).ifPresent(fields -> {
      for (EditorialCheck check : EditorialCheck.values()) {
        fields.node(check.key()).ifPresent(value -> yaml.text(value, check.key())
            .ifPresent(text -> CheckLevel.parse(text).ifPresentOrElse(
                level -> levels.put(check, level),
                () -> yaml.error(value, "check `%s` is error, warning or off, not `%s`",
                    check.key(), text))));
      }
    });
    return levels;
  }

  /**
   * The {@code labels:} mapping: a label's name to its wording, which may use only that
   * label's placeholders. An empty wording keeps the English, as other empty settings do.
   */
  private static Labels labels(YamlReader yaml, Node node) {
    Map<Label, String> texts = new EnumMap<>(Label.class);
    yaml.fields(node, "`labels`", Label.keys()).ifPresent(fields -> {
      for (Label label : Label.values()) {
        fields.text(label.key()).ifPresent(text -> {
          Node value = fields.node(label.key()).orElseThrow();
          List<String> unknown = label.unknownPlaceholders(text);
          if (!unknown.isEmpty()) {
            yaml.error(value, "label `%s` has no placeholder %s; %s", label.key(),
                unknown.get(0), label.placeholders().isEmpty() ? "it takes none"
                    : "it takes " + label.placeholders().stream()
                        .map(name -> "{" + name + "}").collect(Collectors.joining(", ")));
          } else {
            texts.put(label, text);
          }
        });
      }
    });
    return new Labels(texts);
  }

  private static long errorCount(List<Diagnostic> problems) {
    return problems.stream().filter(Diagnostic::isError).count();
  }

  /** One of an enum's values, written in lowercase; anything else is an error listing them. */
  private static <E extends Enum<E>> Optional<E> choice(
      YamlReader yaml, YamlReader.Fields fields, String key, Class<E> type) {
    List<String> names = Arrays.stream(type.getEnumConstants())
        .map(value -> value.name().toLowerCase(Locale.ROOT)).toList();
    return fields.text(key).flatMap(text -> {
      int index = names.indexOf(text);
      if (index < 0) {
        yaml.error(fields.node(key).orElseThrow(), "`%s` is %s, not `%s`", key,
            String.join(" or ", names), text);
        return Optional.empty();
      }
      return Optional.of(type.getEnumConstants()[index]);
    });
  }

  /**
   * The published address: canonical links, feeds and the sitemap are built on it, so it must
   * be an absolute http(s) URL; a missing final slash is added.
   */
  private static Optional<String> baseUrl(YamlReader yaml, YamlReader.Fields fields) {
    Optional<String> value = fields.text("baseUrl");
    if (value.isEmpty()) {
      return value;
    }
    Optional<String> address = PublishedAddress.of(value.get());
    if (address.isEmpty()) {
      yaml.error(fields.node("baseUrl").orElseThrow(), "`baseUrl` %s",
          PublishedAddress.problem(value.get()));
    }
    return address;
  }

  /**
   * The site's language, a BCP 47 tag ({@code en}, {@code en-GB}, {@code pt-BR}) as each page's
   * {@code lang}, the feeds and the structured data need it: screen readers choose their voice
   * by it. A two-letter language must be one of ISO 639's; three letters are taken on trust.
   */
  private static Optional<String> language(YamlReader yaml, YamlReader.Fields fields) {
    Optional<String> value = fields.text("language");
    if (value.isEmpty() || isLanguageTag(value.get())) {
      return value;
    }
    yaml.error(fields.node("language").orElseThrow(),
        "`language` must be a language tag such as en, en-GB or pt-BR, not `%s`%s", value.get(),
        languageHint(value.get()));
    return Optional.empty();
  }

  /** The tag meant by a locale written with an underscore, or by a language's name. */
  private static String languageHint(String value) {
    String dashed = value.replace('_', '-');
    if (isLanguageTag(dashed)) {
      return "; write `" + dashed + "`";
    }
    String name = value.replaceAll("\\P{L}", "");
    return Arrays.stream(Locale.getISOLanguages())
        .filter(code -> name.equalsIgnoreCase(new Locale(code).getDisplayLanguage(Locale.ENGLISH))
            || name.equalsIgnoreCase(new Locale(code).getDisplayLanguage(new Locale(code))))
        .findFirst().map(code -> "; for " + name + " write `" + code + "`").orElse("");
  }

  private static boolean isLanguageTag(String tag) {
    try {
      String language = new Locale.Builder().setLanguageTag(tag).build().getLanguage();
      return language.length() == 3
          || language.length() == 2 && Arrays.asList(Locale.getISOLanguages()).contains(language);
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  /**
   * The logo structured data names: an http(s) address, or a path under the site root that the
   * site's address goes in front of. Nothing else makes an address a search engine can fetch.
   */
  private static Optional<String> publisherLogo(YamlReader yaml, YamlReader.Fields fields) {
    Optional<String> value = fields.text("publisherLogo");
    if (value.isEmpty() || isLogoAddress(value.get())) {
      return value;
    }
    yaml.error(fields.node("publisherLogo").orElseThrow(), "`publisherLogo` must be an http or "
        + "https address, or a path under the site root such as assets/logo.png, not `%s`",
        value.get());
    return Optional.empty();
  }

  private static boolean isLogoAddress(String value) {
    if (LinkRef.leadsOffSite(value)) {
      try {
        URI uri = new URI(value);
        return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            && uri.getRawAuthority() != null;
      } catch (URISyntaxException e) {
        return false;
      }
    }
    return value.chars().noneMatch(c -> c == '?' || c == '#' || c == '\\')
        && Arrays.stream(value.split("/")).noneMatch(".."::equals);
  }

  /** How many explainers a list page or a feed shows: a whole number, at least 1. */
  private static Optional<Integer> count(YamlReader yaml, YamlReader.Fields fields, String key) {
    Optional<String> value = fields.text(key);
    if (value.isPresent() && !value.get().matches("[1-9][0-9]{0,5}")) {
      yaml.error(fields.node(key).orElseThrow(),
          "`%s` must be a whole number from 1 to 999999, not `%s`", key, value.get());
      return Optional.empty();
    }
    return value.map(Integer::valueOf);
  }

  /** An on/off setting: {@code true} or {@code false}, off when absent. */
  private static boolean flag(YamlReader yaml, YamlReader.Fields fields, String key) {
    Optional<String> value = fields.text(key);
    if (value.isPresent() && !value.get().equals("true") && !value.get().equals("false")) {
      yaml.error(fields.node(key).orElseThrow(), "`%s` must be true or false, not `%s`", key,
          value.get());
    }
    return value.map(Boolean::parseBoolean).orElse(false);
  }

  private SiteConfigReader() {}
}
