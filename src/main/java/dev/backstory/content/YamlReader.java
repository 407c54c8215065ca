package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.Severity;
import dev.backstory.diag.SourcePosition;
import dev.backstory.diag.Suggestions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads YAML into typed values, turning every type mismatch into a diagnostic at the value's
 * position. Works on the composed node tree rather than plain Java objects because only the
 * nodes remember where they were in the file.
 */
final class YamlReader {

  private static final int MAX_ALIASES = 50;
  private static final LoadSettings SETTINGS = LoadSettings.builder()
      .setMaxAliasesForCollections(MAX_ALIASES)
      .setAllowRecursiveKeys(false)
      // A list or mapping as a key is refused by the YAML reader with no position; let it
      // through, and `fields` says where it is.
      .setAllowNonScalarKeys(true)
      .build();
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final LineMap lines;
  private final List<Diagnostic> problems;

  YamlReader(LineMap lines, List<Diagnostic> problems) {
    this.lines = lines;
    this.problems = problems;
  }

  /** Parses a YAML document; empty when it is malformed (and then a diagnostic says where). */
  Optional<Node> parse(String yaml, SourcePosition whole) {
    try {
      Optional<Node> root = new Compose(SETTINGS).composeString(yaml);
      if (root.isEmpty()) {
        return root;
      }
      YamlMistakes.Unmeant unmeant = YamlMistakes.unmeant(root.get(), yaml);
      report(unmeant.anchors(), Severity.WARNING);
      report(unmeant.runOn(), Severity.WARNING);
      report(unmeant.tags(), Severity.ERROR);
      return unmeant.tags().isEmpty() ? root : Optional.empty();
    } catch (MarkedYamlEngineException e) {
      Optional<YamlMistakes.Explained> explained = YamlMistakes.explain(e, yaml);
      SourcePosition where = explained.map(this::at)
          .or(() -> e.getProblemMark().map(this::at)).orElse(whole);
      problems.add(Diagnostic.error(where, "malformed YAML: %s",
          explained.map(YamlMistakes.Explained::message).orElse(e.getProblem())));
    } catch (YamlEngineException e) {
      // Told without a place by the YAML library: an alias bomb, above all.
      problems.add(Diagnostic.error(whole, "malformed YAML: %s",
          e.getMessage().startsWith("Number of aliases for non-scalar nodes exceeds")
              ? "more than " + MAX_ALIASES + " aliases (`*name`) of lists or mappings, which "
                  + "can make a small file grow without end as it is read; write the values out"
              : e.getMessage()));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      // The YAML library lets a few malformed inputs through as plain runtime exceptions, such
      // as an empty `\x` escape in a quoted string (NumberFormatException); they are still bad
      // input, not a bug of ours.
      problems.add(Diagnostic.error(whole,
          "malformed YAML: an escape or character the YAML reader could not read (%s)",
          e.getMessage()));
    } catch (StackOverflowError e) {
      // The YAML library reads nested lists and mappings by recursion, with no limit of its own,
      // and says nowhere where it went too deep: the longest run of brackets is where.
      problems.add(Diagnostic.error(lines.at(deepestNesting(yaml)),
          "malformed YAML: lists or mappings nested too deep to read; flatten them"));
    }
    return Optional.empty();
  }

  /**
   * Where nesting too deep to read begins: the opening bracket of the outermost list or
   * mapping around the deepest point (`extra: [[[[...`, `extra: {a: {a: ...`), or, for nesting
   * by indentation alone (`- - - - ...`), the start of the longest run of markup.
   */
  private static int deepestNesting(String yaml) {
    int depth = 0;
    int deepest = 0;
    int outermost = -1;
    int outermostOfDeepest = -1;
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (c == '[' || c == '{') {
        if (depth++ == 0) {
          outermost = i;
        }
        if (depth > deepest) {
          deepest = depth;
          outermostOfDeepest = outermost;
        }
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
    // A few levels of brackets are ordinary; the nesting that was too deep is elsewhere.
    return deepest > 50 ? outermostOfDeepest : MarkdownDepth.longestMarkupRun(yaml);
  }

  private void report(List<YamlMistakes.Explained> mistakes, Severity severity) {
    mistakes.forEach(mistake -> problems.add(
        new Diagnostic(severity, at(mistake), mistake.message())));
  }

  private SourcePosition at(YamlMistakes.Explained mistake) {
    return lines.atLineColumn(mistake.line(), mistake.column());
  }

  SourcePosition at(Node node) {
    return node.getStartMark().map(this::at).orElseThrow();
  }

  private SourcePosition at(Mark mark) {
    return lines.atLineColumn(mark.getLine(), mark.getColumn());
  }

  void error(Node node, String format, Object... args) {
    problems.add(Diagnostic.error(at(node), format, args));
  }

  /**
   * The fields of a mapping by key, in file order. Unknown keys are warned about with the
   * nearest known key; repeated keys are errors. Empty when the node is not a mapping.
   */
  Optional<Fields> fields(Node node, String what, Collection<String> known) {
    return fields(node, what, known, Map.of());
  }

  /**
   * As {@link #fields(Node, String, Collection)}, where an unknown key that other site
   * generators use is answered with the known key that means the same.
   *
   * @param otherNames other generators' keys, each to the known key meant
   */
  Optional<Fields> fields(Node node, String what, Collection<String> known,
      Map<String, String> otherNames) {
    if (!(node instanceof MappingNode mapping)) {
      error(node, "%s must be a mapping of `key: value` lines, not %s", what, describe(node));
      return Optional.empty();
    }
    Map<String, Node> values = new LinkedHashMap<>();
    Set<String> sortedKnown = new TreeSet<>(known);
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode key)) {
        error(keyNode, "%s has a key that is not plain text: write a name before the `:`", what);
        continue;
      }
      String name = key.getValue();
      if (values.containsKey(name)) {
        error(keyNode, "`%s` is given twice in %s; keep one", name, what);
      } else if (!sortedKnown.contains(name)) {
        String meant = otherNames.get(name);
        problems.add(Diagnostic.warning(at(keyNode), "unknown key `%s` in %s is ignored%s",
            name, what, meant != null ? "; Backstory's name for it is `" + meant + "`"
                : Suggestions.didYouMean(name, sortedKnown)));
      } else {
        values.put(name, tuple.getValueNode());
      }
    }
    return Optional.of(new Fields(what, at(mapping), values));
  }

  /** The items of a list; a single value where a list is expected is an error. */
  List<Node> items(Node node, String key) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    error(node, "`%s` must be a list (lines starting with `- `), not %s", key, describe(node));
    return List.of();
  }

  /**
   * The items of a list whose items may each be one value, such as tags or names. Writers used
   * to other site generators give one value, or several with commas, where the list belongs:
   * the error offers that value written as the list, split at its commas.
   */
  List<Node> textItems(Node node, String key) {
    if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
      String asList = listItems(scalar.getValue()).stream()
          .map(YamlMistakes::quote).collect(Collectors.joining(", ", "[", "]"));
      error(node, "`%s` must be a list, not a single value: write `%s: %s`, or each item on a "
          + "line of its own after `- `", key, key, asList);
      return List.of();
    }
    return items(node, key);
  }

  /**
   * The items a single value meant as a list holds: its parts between commas, each without
   * the quote marks around it that a list of quoted items, such as {@code "a", "b"}, has.
   */
  static List<String> listItems(String value) {
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .map(part -> part.length() > 1 && (part.charAt(0) == '"' || part.charAt(0) == '\'')
            && part.charAt(part.length() - 1) == part.charAt(0)
            ? part.substring(1, part.length() - 1) : part)
        .filter(item -> !item.isBlank())
        .toList();
  }

  Optional<String> text(Node node, String key) {
    if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
      // YAML escapes such as "\u0007" can still write control characters.
      String value = SourceText.withoutControls(scalar.getValue()).strip();
      if (!value.isEmpty()) {
        return Optional.of(value);
      }
    }
    if (!(node instanceof ScalarNode)) {
      error(node, "`%s` must be text, not %s", key, describe(node));
    }
    return Optional.empty();
  }

  /** One item of a list of text, such as a tag: a list or mapping there is an error. */
  Optional<String> itemText(Node item, String listKey) {
    if (!(item instanceof ScalarNode)) {
      error(item, "each item of `%s` must be text, not %s", listKey, describe(item));
      return Optional.empty();
    }
    return text(item, listKey);
  }

  /**
   * A day written YYYY-MM-DD. The JDK would also take a signed year of five digits
   * ({@code +10000-01-01}), which no page's {@code datetime} may hold.
   */
  Optional<LocalDate> date(Node node, String key) {
    return text(node, key).flatMap(value -> {
      if (!DAY.matcher(value).matches()) {
        // A time after the day, as other site generators take: name the day it holds.
        boolean timed = value.length() > 10 && DAY.matcher(value.substring(0, 10)).matches()
            && (value.charAt(10) == 'T' || value.charAt(10) == ' ');
        error(node, "`%s` must be a date written YYYY-MM-DD, not `%s`%s", key, value,
            timed ? "; for the day alone write `" + value.substring(0, 10) + "`" : "");
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(value));
      } catch (DateTimeParseException e) {
        error(node, "`%s` is %s, which is not a day of the calendar", key, value);
        return Optional.empty();
      }
    });
  }

  private static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return Tag.NULL.equals(node.getTag()) ? "empty" : "a single value";
  }

  /** The checked fields of one mapping, with the mapping's own position for "missing" errors. */
  final class Fields {
    private final String what;
    private final SourcePosition position;
    private final Map<String, Node> values;

    private Fields(String what, SourcePosition position, Map<String, Node> values) {
      this.what = what;
      this.position = position;
      this.values = values;
    }

    SourcePosition position() {
      return position;
    }

    Optional<Node> node(String key) {
      return Optional.ofNullable(values.get(key));
    }

    Optional<String> text(String key) {
      return node(key).flatMap(n -> YamlReader.this.text(n, key));
    }

    Optional<LocalDate> date(String key) {
      return node(key).flatMap(n -> YamlReader.this.date(n, key));
    }

    /** A required text field; when absent or empty, an error says which key to add. */
    Optional<String> requiredText(String key) {
      Optional<String> value = text(key);
      if (value.isEmpty() && isAbsentOrEmpty(key)) {
        missing(key);
      }
      return value;
    }

    Optional<LocalDate> requiredDate(String key) {
      Optional<LocalDate> value = date(key);
      if (value.isEmpty() && isAbsentOrEmpty(key)) {
        missing(key);
      }
      return value;
    }

    /** Absent, or empty: nothing after the colon, a blank string, or YAML's {@code null}. */
    private boolean isAbsentOrEmpty(String key) {
      Node present = values.get(key);
      return present == null || (present instanceof ScalarNode scalar
          && (scalar.getValue().isBlank() || Tag.NULL.equals(scalar.getTag())));
    }

    List<Node> items(String key) {
      return node(key).map(n -> YamlReader.this.items(n, key)).orElse(List.of());
    }

    /** The items of a list whose items may each be one value; see {@link YamlReader#textItems}. */
    List<Node> textItems(String key) {
      return node(key).map(n -> YamlReader.this.textItems(n, key)).orElse(List.of());
    }

    private void missing(String key) {
      Node present = values.get(key);
      SourcePosition where = present != null ? at(present) : position;
      problems.add(Diagnostic.error(where, "%s needs `%s`", what, key));
    }
  }
}
