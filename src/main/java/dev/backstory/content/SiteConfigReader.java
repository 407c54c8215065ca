package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code site.yaml} from the content folder; without one, the defaults apply. */
final class SiteConfigReader {

  static final String FILE_NAME = "site.yaml";
  private static final List<String> KEYS =
      List.of("title", "description", "baseUrl", "language", "publisher");

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
    return yaml.fields(root.get(), "`" + FILE_NAME + "`", KEYS).map(f -> new SiteConfig(
        f.text("title").orElse(defaults.title()),
        f.text("description").orElse(defaults.description()),
        f.text("baseUrl").map(url -> url.endsWith("/") ? url : url + "/").orElse(defaults.baseUrl()),
        f.text("language").orElse(defaults.language()),
        f.text("publisher").orElse(defaults.publisher())));
  }

  private SiteConfigReader() {}
}
