package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.CheckLevel;
import dev.backstory.model.EditorialCheck;
import dev.backstory.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code site.yaml} from the content folder; without one, the defaults apply. */
final class SiteConfigReader {

  static final String FILE_NAME = "site.yaml";
  private static final List<String> KEYS =
      List.of("title", "description", "baseUrl", "language", "publisher", "checks");

  static Optional<SiteConfig> read(Path contentRoot, String displayRoot, List<Diagnostic> problems)
      throws IOException {
    Path file = contentRoot.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.of(SiteConfig.DEFAULTS);
    }
    String displayName = displayRoot + "/" + FILE_NAME;
    SourceText.Result read = SourceText.read(file, displayName);
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
    Optional<SiteConfig> config = yaml.fields(root.get(), "`" + FILE_NAME + "`", KEYS).map(f -> new SiteConfig(
        f.text("title").orElse(defaults.title()),
        f.text("description").orElse(defaults.description()),
        f.text("baseUrl").map(url -> url.endsWith("/") ? url : url + "/").orElse(defaults.baseUrl()),
        f.text("language").orElse(defaults.language()),
        f.text("publisher").orElse(defaults.publisher()),
        f.node("checks").map(node -> checks(yaml, node)).orElse(Map.of())));
    return errorCount(problems) > errorsBefore ? Optional.empty() : config;
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

  private static long errorCount(List<Diagnostic> problems) {
    return problems.stream().filter(Diagnostic::isError).count();
  }

  private SiteConfigReader() {}
}
