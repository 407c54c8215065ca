package dev.backstory.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The YAML mistakes writers make most, told in their terms: the YAML reader's own words
 * ("mapping values are not allowed here") name its grammar, not the fix. Each fix that
 * rewrites the line gives it whole, quoted so that it reads back as the text meant. Where the
 * reader stops later than the mistake (an unclosed bracket or quote), the mistake's place is
 * told instead.
 */
final class YamlMistakes {

  /** A key and its value on one line; a value in brackets or braces is a list or mapping. */
  private static final Pattern KEY_VALUE =
      Pattern.compile("(\\s*(?:- )?\\s*)([^\\s:#'\"\\[{][^:#]*?):[ \\t]+([^\\[{\\s].*?)\\s*");
  /** A line that begins with a key, with or without a value after it. */
  private static final Pattern KEY =
      Pattern.compile("(\\s*(?:- )?\\s*)([^\\s:#'\"\\[{\\-][^:#]*?):(?:[ \\t].*)?");
  /** A key whose value follows its colon with no space, which YAML reads as one plain text. */
  private static final Pattern NO_SPACE_AFTER_COLON =
      Pattern.compile("(\\s*(?:- )?)([\\w-]+):([^\\s:/].*?)\\s*");
  /** Characters that give a value a meaning of their own in YAML when it starts with them. */
  private static final String SPECIAL_FIRST = "-?:@`*&!|>%";

  private YamlMistakes() {}

  /** What went wrong, said plainly, and where: a line and column counted from 0. */
  record Explained(int line, int column, String message) {

    Explained(Mark at, String message) {
      this(at.getLine(), at.getColumn(), message);
    }
  }

  /** A refusal of the YAML reader, with the lines of the text it read. */
  private record Refusal(MarkedYamlEngineException e, Mark at, List<String> lines) {

    String problem() {
      return e.getProblem();
    }

    boolean in(String context) {
      return context.equals(e.getContext()) && e.getContextMark().isPresent();
    }

    Mark contextMark() {
      return e.getContextMark().orElseThrow();
    }

    String line(int index) {
      return index >= 0 && index < lines.size() ? lines.get(index) : "";
    }

    String problemLine() {
      return line(at.getLine());
    }
  }

  /** Plain words for {@code e}, raised reading {@code yaml}; empty for other mistakes. */
  static Optional<Explained> explain(MarkedYamlEngineException e, String yaml) {
    if (e.getProblemMark().isEmpty()) {
      return Optional.empty();
    }
    Refusal refusal = new Refusal(e, e.getProblemMark().get(), yaml.lines().toList());
    return quoteNeverClosed(refusal)
        .or(() -> quoteRunsOn(refusal, yaml))
        .or(() -> valueMeantAsText(refusal))
        .or(() -> bracketNotClosed(refusal))
        .or(() -> bracketClosesNothing(refusal))
        .or(() -> tabIndent(refusal))
        .or(() -> specialFirstCharacter(refusal))
        .or(() -> indentMatchesNothing(refusal))
        .or(() -> lineRunsOn(refusal))
        .or(() -> neitherKeyNorItem(refusal))
        .or(() -> unknownEscape(refusal));
  }

  private static Optional<Explained> quoteNeverClosed(Refusal r) {
    if (r.in("while scanning a quoted scalar")
        && r.problem().startsWith("found unexpected end of stream")) {
      return Optional.of(new Explained(r.contextMark(),
          "this quoted value is never closed: end it with the same quote mark it starts with"));
    }
    return Optional.empty();
  }

  /**
   * A quote mark left open at a line's end takes in the lines below, up to the next quote
   * mark, which is then read as closing it; the reader stops only after that. The value read
   * last before the stop tells where the open quote was.
   */
  private static Optional<Explained> quoteRunsOn(Refusal r, String yaml) {
    if (!r.problem().startsWith("expected <block end>, but found")) {
      return Optional.empty();
    }
    ScalarEvent last = null;
    try {
      for (Event event : new Parse(LoadSettings.builder().build()).parseString(yaml)) {
        if (event instanceof ScalarEvent scalar) {
          last = scalar;
        }
      }
    } catch (YamlEngineException | IllegalArgumentException | IndexOutOfBoundsException expected) {
      // The same refusal as r's, as the reader read the same text; the events before it are
      // what matter.
    }
    if (last == null || !(last.isDQuoted() || last.isSQuoted()) || last.getStartMark().isEmpty()
        || last.getEndMark().isEmpty()) {
      return Optional.empty();
    }
    Mark start = last.getStartMark().get();
    int stopped = r.at().getLine();
    if (start.getLine() >= stopped || last.getEndMark().get().getLine() != stopped) {
      return Optional.empty();
    }
    char mark = last.isDQuoted() ? '"' : '\'';
    return Optional.of(new Explained(start, "this quoted value is not closed on its line, so it "
        + "runs on into the lines below up to the next " + mark + "; end it with " + mark
        + " where the value ends"));
  }

  /** A colon or a quote mark inside a value: the line offered quotes the value whole. */
  private static Optional<Explained> valueMeantAsText(Refusal r) {
    Matcher m = KEY_VALUE.matcher(r.problemLine());
    if (!m.matches()) {
      return Optional.empty();
    }
    String key = m.group(2);
    String value = m.group(3);
    char first = value.charAt(0);
    boolean quoted = first == '"' || first == '\'';
    int column = r.at().getColumn();
    if (r.problem().startsWith("mapping values are not allowed") && !quoted
        && column > m.start(3) && !value.contains(" #")) {
      return Optional.of(new Explained(r.at(), "a value holding `: ` must be in quotes: `"
          + key + ": " + quote(value) + "`"));
    }
    if (r.problem().startsWith("expected <block end>, but found") && quoted
        && column > m.start(3)) {
      boolean closedAtEnd = value.length() > 1 && value.charAt(value.length() - 1) == first;
      String text = closedAtEnd ? value.substring(1, value.length() - 1) : value;
      return Optional.of(new Explained(r.at(), "the quote mark before this ends the quoted "
          + "value early; quote the whole value with the other kind of mark: `" + key + ": "
          + quote(text) + "`"));
    }
    return Optional.empty();
  }

  /**
   * A list or mapping in brackets that is never closed runs on until the reader meets
   * something that cannot be in it, often the next key's colon: the opening bracket is where
   * to look. One that is closed later but refused inside lacks a comma or ends with the
   * wrong bracket.
   */
  private static Optional<Explained> bracketNotClosed(Refusal r) {
    boolean list = r.in("while parsing a flow sequence");
    if (!(list || r.in("while parsing a flow mapping"))
        || !r.problem().startsWith("expected ','")) {
      return Optional.empty();
    }
    String kind = list ? "list" : "mapping";
    char close = list ? ']' : '}';
    Mark open = r.contextMark();
    if (!closedLater(r.lines(), open.getLine(), open.getColumn())) {
      return Optional.of(new Explained(open, String.format(Locale.ROOT,
          "this %s is never closed: end it with `%s`", kind, close)));
    }
    String line = r.problemLine();
    int column = r.at().getColumn();
    char found = column < line.length() ? line.charAt(column) : ' ';
    if (found == ']' || found == '}') {
      return Optional.of(new Explained(r.at(), String.format(Locale.ROOT,
          "this `%s` cannot end the %s begun with `%s`; end it with `%s`", found, kind,
          list ? '[' : '{', close)));
    }
    if (r.problem().endsWith("<scalar>")) {
      return Optional.of(new Explained(r.at(), String.format(Locale.ROOT,
          "a `,` is missing before this: the items of a %s in `%s` are separated by commas",
          kind, list ? "[ ]" : "{ }")));
    }
    return Optional.empty();
  }

  /**
   * Whether the bracket at {@code line}, {@code column} is closed somewhere after it. Quoted
   * brackets are counted too: this only chooses between two explanations, and a quote that
   * holds a bracket while the list around it is broken is rare.
   */
  private static boolean closedLater(List<String> lines, int line, int column) {
    int depth = 0;
    for (int i = line; i < lines.size(); i++) {
      String text = lines.get(i);
      for (int j = i == line ? Math.min(column, text.length()) : 0; j < text.length(); j++) {
        char c = text.charAt(j);
        if (c == '[' || c == '{') {
          depth++;
        } else if ((c == ']' || c == '}') && --depth == 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<Explained> bracketClosesNothing(Refusal r) {
    for (char close : new char[] {']', '}'}) {
      if (r.problem().equals("expected <block end>, but found '" + close + "'")) {
        return Optional.of(new Explained(r.at(), String.format(Locale.ROOT,
            "this `%s` closes nothing: remove it, or add the `%s` it belongs to", close,
            close == ']' ? '[' : '{')));
      }
    }
    return Optional.empty();
  }

  private static Optional<Explained> tabIndent(Refusal r) {
    if (r.problem().startsWith("found character '\\t(TAB)'")) {
      return Optional.of(new Explained(r.at(),
          "a tab cannot indent a line or start a value in YAML; use spaces"));
    }
    return Optional.empty();
  }

  /**
   * A value that starts with a character YAML gives a meaning (`- `, `@`, `*`, `>` ...) must be
   * in quotes to be text; the reader stops at that first character.
   */
  private static Optional<Explained> specialFirstCharacter(Refusal r) {
    Matcher m = KEY_VALUE.matcher(r.problemLine());
    if (!m.matches() || m.group(3).contains(" #")
        || SPECIAL_FIRST.indexOf(m.group(3).charAt(0)) < 0) {
      return Optional.empty();
    }
    boolean atValue = r.at().getColumn() == m.start(3) || r.in("while scanning a block scalar")
        && r.contextMark().getLine() == r.at().getLine()
        && r.contextMark().getColumn() == m.start(3);
    if (!atValue) {
      return Optional.empty();
    }
    String value = m.group(3);
    char first = value.charAt(0);
    String named = first == '`' ? "a backquote" : "`" + first + "`";
    return Optional.of(new Explained(r.at().getLine(), m.start(3), String.format(Locale.ROOT,
        "a value that starts with %s must be in quotes: `%s: %s`", named, m.group(2),
        quote(value))));
  }

  /**
   * A key or list item indented to a column no key or item above it starts in: the reader
   * cannot tell which mapping or list it belongs to.
   */
  private static Optional<Explained> indentMatchesNothing(Refusal r) {
    String problem = r.problem();
    boolean item = problem.equals("expected <block end>, but found '<block sequence start>'");
    boolean key = problem.equals("expected <block end>, but found '<block mapping start>'")
        || problem.equals("expected <block end>, but found '?'");
    if (!item && !key) {
      return Optional.empty();
    }
    int column = r.at().getColumn();
    String spaces = column == 1 ? "1 space" : column + " spaces";
    if (item) {
      return Optional.of(new Explained(r.at(), "this list item is indented by " + spaces
          + ", in line with no item above it; the items of one list start their `- ` in the "
          + "same column"));
    }
    Matcher m = KEY.matcher(r.problemLine());
    String what = m.matches() ? "`" + m.group(2) + "`" : "this line";
    return Optional.of(new Explained(r.at(), what + " is indented by " + spaces
        + ", in line with no key above it; the keys of one mapping start in the same column"));
  }

  /**
   * A key's colon refused because the line above never ended its value: the line above lacks
   * the space after its own colon, or this line is indented further, so that YAML reads it as
   * more of the value above.
   */
  private static Optional<Explained> lineRunsOn(Refusal r) {
    Matcher key = KEY.matcher(r.problemLine());
    if (!r.problem().startsWith("mapping values are not allowed") || !key.matches()
        || key.end(2) != r.at().getColumn()) {
      return Optional.empty();
    }
    int above = r.at().getLine() - 1;
    while (above >= 0 && (r.line(above).isBlank() || r.line(above).strip().startsWith("#"))) {
      above--;
    }
    Matcher noSpace = NO_SPACE_AFTER_COLON.matcher(r.line(above));
    if (noSpace.matches()) {
      return Optional.of(new Explained(above, noSpace.end(2) + 1, String.format(Locale.ROOT,
          "a key needs a space after its colon: `%s: %s`", noSpace.group(2),
          noSpace.group(3))));
    }
    if (key.end(1) > indent(r.line(above))) {
      return Optional.of(new Explained(r.at().getLine(), key.end(1), String.format(Locale.ROOT,
          "`%s` is indented further than the line above, so it reads as more of that line's "
              + "value; the keys of one mapping start in the same column", key.group(2))));
    }
    return Optional.empty();
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  /** Text alone on a line where `key: value` belongs, such as a list item without its `- `. */
  private static Optional<Explained> neitherKeyNorItem(Refusal r) {
    if (!r.in("while scanning a simple key")
        || !r.problem().startsWith("could not find expected ':'")) {
      return Optional.empty();
    }
    Mark start = r.contextMark();
    String text = r.line(start.getLine()).strip();
    return Optional.of(new Explained(start, String.format(Locale.ROOT,
        "`%s` is neither a `key: value` line nor a list item: start an item with `- `, or write "
            + "`: ` after a key",
        text.length() > 40 ? text.substring(0, 40) + "..." : text)));
  }

  private static Optional<Explained> unknownEscape(Refusal r) {
    int column = r.at().getColumn();
    String line = r.problemLine();
    if (!r.in("while scanning a double-quoted scalar")
        || !r.problem().startsWith("found unknown escape character") || column < 1
        || column >= line.length()) {
      return Optional.empty();
    }
    return Optional.of(new Explained(r.at().getLine(), column - 1, String.format(Locale.ROOT,
        "`\\%s` is not an escape YAML knows: inside double quotes write `\\\\` for a backslash, "
            + "or put the value in single quotes", line.charAt(column))));
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
