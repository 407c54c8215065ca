package dev.backstory.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * The YAML mistakes writers make most, told in their terms: the YAML reader's own words
 * ("mapping values are not allowed here") name its grammar, not the fix. Each fix that
 * rewrites the line gives it whole, quoted so that it reads back as the text meant.
 */
final class YamlMistakes {

  /** A key and its value on one line; a value in brackets or braces is a list or mapping. */
  private static final Pattern KEY_VALUE =
      Pattern.compile("(\\s*(?:- )?\\s*)([^\\s:#'\"\\[{][^:#]*?):[ \\t]+([^\\[{\\s].*?)\\s*");

  private YamlMistakes() {}

  /** What went wrong, said plainly, and where. */
  record Explained(Mark at, String message) {}

  /** Plain words for {@code e}, raised reading {@code yaml}; empty for other mistakes. */
  static Optional<Explained> explain(MarkedYamlEngineException e, String yaml) {
    if (e.getProblemMark().isEmpty()) {
      return Optional.empty();
    }
    Mark problem = e.getProblemMark().get();
    if ("while scanning a quoted scalar".equals(e.getContext()) && e.getContextMark().isPresent()
        && e.getProblem().startsWith("found unexpected end of stream")) {
      return Optional.of(new Explained(e.getContextMark().get(),
          "this quoted value is never closed: end it with the same quote mark it starts with"));
    }
    String line = yaml.lines().skip(problem.getLine()).findFirst().orElse("");
    Matcher m = KEY_VALUE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String key = m.group(2);
    String value = m.group(3);
    char first = value.charAt(0);
    boolean quoted = first == '"' || first == '\'';
    if (e.getProblem().startsWith("mapping values are not allowed") && !quoted
        && problem.getColumn() > m.start(3) && !value.contains(" #")) {
      return Optional.of(new Explained(problem, "a value holding `: ` must be in quotes: `"
          + key + ": " + quote(value) + "`"));
    }
    if (e.getProblem().startsWith("expected <block end>, but found") && quoted
        && problem.getColumn() > m.start(3)) {
      boolean closedAtEnd = value.length() > 1 && value.charAt(value.length() - 1) == first;
      String text = closedAtEnd ? value.substring(1, value.length() - 1) : value;
      return Optional.of(new Explained(problem, "the quote mark before this ends the quoted "
          + "value early; quote the whole value with the other kind of mark: `" + key + ": "
          + quote(text) + "`"));
    }
    return Optional.empty();
  }

  /**
   * {@code text} as a YAML value that reads back as itself: in double quotes when it needs no
   * escape there, else in single quotes, where the only escape is a doubled {@code '}.
   */
  static String quote(String text) {
    if (text.indexOf('"') < 0 && text.indexOf('\\') < 0) {
      return '"' + text + '"';
    }
    return "'" + text.replace("'", "''") + "'";
  }
}
