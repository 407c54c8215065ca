package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.PersonProfile;
import dev.backstory.model.Slugs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the optional profiles in {@code content/people/*.yaml}: a person's full name, role,
 * affiliation and the other names quotes give them. The file name is the person's slug.
 */
final class PeopleReader {

  static final String FOLDER = "people";
  private static final List<String> KEYS = List.of("name", "role", "affiliation", "aliases");

  private PeopleReader() {}

  static List<PersonProfile> read(ContentFiles contentFiles, String displayRoot,
      List<Diagnostic> problems) throws IOException {
    Path folder = contentFiles.root().resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".yaml"))
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> !f.getFileName().toString().startsWith("_"))
          .sorted()
          .toList();
    }
    List<PersonProfile> people = new ArrayList<>();
    Map<String, String> fileByName = new HashMap<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String displayName = displayRoot + "/" + FOLDER + "/" + fileName;
      readOne(contentFiles, file, displayName,
          fileName.substring(0, fileName.length() - ".yaml".length()), fileByName, problems)
          .ifPresent(people::add);
    }
    return people;
  }

  /**
   * @param fileByName the file that first gave each name, as names are compared: quotes under
   *     a name go to that person, so another file giving it is told so
   */
  private static Optional<PersonProfile> readOne(ContentFiles contentFiles, Path file,
      String displayName, String slug, Map<String, String> fileByName, List<Diagnostic> problems)
      throws IOException {
    if (!Slugs.of(slug).equals(slug)) {
      problems.add(Diagnostic.error(SourcePosition.startOf(displayName),
          "a person's file name is their slug: lowercase letters, digits and single dashes, such as "
              + "`%s.yaml`", Slugs.of(slug)));
      return Optional.empty();
    }
    SourceText.Result read = contentFiles.read(file, displayName);
    if (read.problem() != null) {
      problems.add(read.problem());
      return Optional.empty();
    }
    String text = read.source().text();
    YamlReader yaml = new YamlReader(new LineMap(displayName, text, 1), problems);
    int problemsBefore = problems.size();
    Optional<Node> root = yaml.parse(text, SourcePosition.startOf(displayName));
    if (root.isEmpty()) {
      // An empty file; one that cannot be read is told so already.
      if (problems.size() == problemsBefore) {
        problems.add(Diagnostic.error(SourcePosition.startOf(displayName),
            "a person needs a `name`"));
      }
      return Optional.empty();
    }
    return yaml.fields(root.get(), "a person", KEYS).flatMap(f -> f.requiredText("name")
        .map(name -> {
          claim(name, yaml.at(f.node("name").orElseThrow()), displayName, fileByName, problems);
          List<String> aliases = new ArrayList<>();
          for (Node item : f.textItems("aliases")) {
            yaml.itemText(item, "aliases").ifPresent(alias -> {
              aliases.add(alias);
              claim(alias, yaml.at(item), displayName, fileByName, problems);
            });
          }
          return new PersonProfile(slug, name, f.text("role").orElse(null),
              f.text("affiliation").orElse(null), aliases);
        }));
  }

  private static void claim(String name, SourcePosition at, String displayName,
      Map<String, String> fileByName, List<Diagnostic> problems) {
    String first = fileByName.putIfAbsent(PersonProfile.key(name), displayName);
    if (first != null && !first.equals(displayName)) {
      problems.add(Diagnostic.warning(at, "\"%s\" also names the person in %s, who is given the "
          + "quotes under it; remove it from one of the two files", name, first));
    }
  }
}
