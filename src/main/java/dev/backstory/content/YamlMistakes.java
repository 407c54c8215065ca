package dev.backstory.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

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

    /**
     * At {@code index}, a character of {@code text}, the line {@code line}: a column counts
     * characters as an editor shows them, as the reader's marks do, an emoji as one.
     */
    static Explained at(int line, String text, int index, String message) {
      return new Explained(line, text.codePointCount(0, Math.min(index, text.length())),
          message);
    }
  }

  /** A place in the YAML text as the reader marks it, with the text's lines. */
  private record Place(Mark mark, List<String> lines) {

    String line(int index) {
      return index >= 0 && index < lines.size() ? lines.get(index) : "";
    }

    /** The line the place is on. */
    String text() {
      return line(mark.getLine());
    }

    /** The place as an index of its line's characters. */
    int index() {
      return index(mark);
    }

    /** {@code other}'s column, which counts code points, as an index of its line's characters. */
    int index(Mark other) {
      String text = line(other.getLine());
      int column = Math.min(other.getColumn(), text.codePointCount(0, text.length()));
      return text.offsetByCodePoints(0, column);
    }

    /** {@code message}, told at character {@code index} of the place's line. */
    Explained at(int index, String message) {
      return Explained.at(mark.getLine(), text(), index, message);
    }
  }

  /** A refusal of the YAML reader, and the place it stopped at. */
  private record Refusal(MarkedYamlEngineException e, Place place) {

    String problem() {
      return e.getProblem();
    }

    boolean in(String context) {
      return context.equals(e.getContext()) && e.getContextMark().isPresent();
    }

    Mark contextMark() {
      return e.getContextMark().orElseThrow();
    }

    Mark at() {
      return place.mark();
    }

    List<String> lines() {
      return place.lines();
    }

    String line(int index) {
      return place.line(index);
    }

    String problemLine() {
      return place.text();
    }

    int index() {
      return place.index();
    }

    int index(Mark mark) {
      return place.index(mark);
    }

    Explained at(int index, String message) {
      return place.at(index, message);
    }
  }

  /** Plain words for {@code e}, raised reading {@code yaml}; empty for other mistakes. */
  static Optional<Explained> explain(MarkedYamlEngineException e, String yaml) {
    if (e.getProblemMark().isEmpty()) {
      return Optional.empty();
    }
    Refusal refusal =
        new Refusal(e, new Place(e.getProblemMark().get(), yaml.lines().toList()));
    return quoteNeverClosed(refusal)
        .or(() -> quoteRunsOn(refusal, yaml))
        .or(() -> valueMeantAsText(refusal))
        .or(() -> bracketNotClosed(refusal))
        .or(() -> bracketClosesNothing(refusal))
        .or(() -> tabIndent(refusal))
        .or(() -> specialFirstCharacter(refusal))
        .or(() -> specialFirstInItem(refusal))
        .or(() -> indentMatchesNothing(refusal))
        .or(() -> lineRunsOn(refusal))
        .or(() -> neitherKeyNorItem(refusal))
        .or(() -> unknownEscape(refusal))
        .or(() -> secondDocument(refusal));
  }

  /** A file of settings or a person's holds one document; `---` starts another. */
  private static Optional<Explained> secondDocument(Refusal r) {
    if (r.problem().equals("but found another document")) {
      return Optional.of(new Explained(r.at(), "`---` starts a second YAML document, and this "
          + "file holds one: delete the line, and merge what follows it into the first"));
    }
    return Optional.empty();
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
        + "runs on into the lines below up to the next `" + mark + "`; end it with `" + mark
        + "` where the value ends"));
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
    int column = r.index();
    if (r.problem().startsWith("mapping values are not allowed") && !quoted
        && column > m.start(3) && !value.contains(" #")) {
      return Optional.of(new Explained(r.at(), "a value holding `: ` must be in quotes"
          + offered(key + ": " + quote(value))));
    }
    if (r.problem().startsWith("expected <block end>, but found") && quoted
        && column > m.start(3)) {
      boolean closedAtEnd = value.length() > 1 && value.charAt(value.length() - 1) == first;
      String text = closedAtEnd ? value.substring(1, value.length() - 1) : value;
      return Optional.of(new Explained(r.at(), "the quote mark before this ends the quoted "
          + "value early; quote the whole value with the other kind of mark"
          + offered(key + ": " + quote(text))));
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
    int index = r.index();
    char found = index < line.length() ? line.charAt(index) : ' ';
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
    boolean atValue = r.index() == m.start(3) || r.in("while scanning a block scalar")
        && r.contextMark().getLine() == r.at().getLine()
        && r.index(r.contextMark()) == m.start(3);
    if (!atValue) {
      return Optional.empty();
    }
    return Optional.of(r.at(m.start(3), needsQuotes(m.group(3), m.group(2) + ": ")));
  }

  /** As {@link #specialFirstCharacter}, for an item of a list, in brackets or after `- `. */
  private static Optional<Explained> specialFirstInItem(Refusal r) {
    String line = r.problemLine();
    // A tag (`!b`) is refused only where it ends; it starts where the reader began reading it.
    boolean tag = r.in("while scanning a tag") && r.contextMark().getLine() == r.at().getLine();
    int index = tag ? r.index(r.contextMark()) : r.index();
    if (index >= line.length() || SPECIAL_FIRST.indexOf(line.charAt(index)) < 0) {
      return Optional.empty();
    }
    String before = line.substring(0, index).strip();
    if (!inBrackets(line, index) && !before.equals("-")) {
      return Optional.empty();
    }
    return Optional.of(r.at(index, needsQuotes(valueAt(line, index), "")));
  }

  private static boolean inBrackets(String line, int index) {
    String before = line.substring(0, index).strip();
    return before.endsWith("[") || before.endsWith(",");
  }

  /** The value typed at {@code index}: to the line's end, or in brackets to a `,`, `]` or `}`. */
  private static String valueAt(String line, int index) {
    boolean inBrackets = inBrackets(line, index);
    int end = index;
    while (end < line.length() && !(inBrackets && ",]}".indexOf(line.charAt(end)) >= 0)
        && !line.startsWith(" #", end)) {
      end++;
    }
    return line.substring(index, end).strip();
  }

  /**
   * Valid YAML that was surely not meant. A value that starts with a tag ({@code !Breaking
   * news}) or with an anchor no alias uses ({@code &Co Ltd}): the reader takes the first word
   * for the tag's or anchor's name and keeps only the rest as the value, or nothing. A tag is
   * never right in front matter, which has no types of its own; an anchor is, when an alias
   * ({@code *name}) repeats its value. And a quoted value left open that happens to be closed
   * by a quote mark at the end of a later line: it takes in the lines between, keys and all;
   * or a list item indented further than the one above, which YAML reads as more of it.
   *
   * @param tags the values with a tag
   * @param anchors the values with an anchor no alias uses
   * @param runOn the quoted values that take in a later line written as a key of their own,
   *     and the plain ones that take in a later line written as a list item
   */
  record Unmeant(List<Explained> tags, List<Explained> anchors, List<Explained> runOn) {}

  static Unmeant unmeant(Node root, String yaml) {
    Map<Node, Integer> seen = new IdentityHashMap<>();
    Deque<Node> toVisit = new ArrayDeque<>(List.of(root));
    while (!toVisit.isEmpty()) {
      Node node = toVisit.pop();
      // An alias is the node it names, met again; its anchor is used.
      if (seen.merge(node, 1, Integer::sum) > 1) {
        continue;
      }
      if (node instanceof MappingNode mapping) {
        mapping.getValue().forEach(tuple -> {
          toVisit.push(tuple.getValueNode());
          toVisit.push(tuple.getKeyNode());
        });
      } else if (node instanceof SequenceNode sequence) {
        sequence.getValue().forEach(toVisit::push);
      }
    }
    List<Explained> tags = new ArrayList<>();
    List<Explained> anchors = new ArrayList<>();
    List<Explained> runOn = new ArrayList<>();
    // Nearly every front matter has none of these: its text is split into lines only for one.
    List<String> lines = null;
    for (Map.Entry<Node, Integer> visited : seen.entrySet()) {
      Node node = visited.getKey();
      boolean tagged = !node.getTag().getValue().startsWith(Tag.PREFIX);
      boolean unusedAnchor = node instanceof ScalarNode && node.getAnchor().isPresent()
          && visited.getValue() == 1;
      boolean spanning = node instanceof ScalarNode scalar && overLines(scalar);
      if (!(tagged || unusedAnchor || spanning) || node.getStartMark().isEmpty()) {
        continue;
      }
      lines = lines != null ? lines : yaml.lines().toList();
      Place place = new Place(node.getStartMark().get(), lines);
      if (tagged) {
        tags.add(place.at(place.index(), needsQuotes(place)));
        continue;
      }
      if (unusedAnchor) {
        anchors.add(place.at(place.index(), needsQuotes(place)));
      }
      if (spanning) {
        ScalarNode scalar = (ScalarNode) node;
        (scalar.getScalarStyle() == ScalarStyle.PLAIN ? takesInAnItem(scalar, place)
            : takesInAKey(scalar, place)).ifPresent(runOn::add);
      }
    }
    Comparator<Explained> inOrder =
        Comparator.comparingInt(Explained::line).thenComparingInt(Explained::column);
    tags.sort(inOrder);
    anchors.sort(inOrder);
    runOn.sort(inOrder);
    return new Unmeant(tags, anchors, runOn);
  }

  /** Whether {@code scalar} is quoted or plain and goes on over more than one line. */
  private static boolean overLines(ScalarNode scalar) {
    return (scalar.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED
        || scalar.getScalarStyle() == ScalarStyle.SINGLE_QUOTED
        || scalar.getScalarStyle() == ScalarStyle.PLAIN)
        && scalar.getStartMark().isPresent() && scalar.getEndMark().isPresent()
        && scalar.getEndMark().get().getLine() > scalar.getStartMark().get().getLine();
  }

  /**
   * Whether a plain value goes on over a line written as a list item ({@code - John}),
   * indented further than the item above: YAML reads it as more of that item's text, and two
   * authors become one.
   */
  private static Optional<Explained> takesInAnItem(ScalarNode scalar, Place place) {
    int last = scalar.getEndMark().get().getLine();
    for (int line = place.mark().getLine() + 1; line <= last; line++) {
      String text = place.line(line);
      if (text.strip().startsWith("- ")) {
        return Optional.of(Explained.at(line, text, indent(text), String.format(Locale.ROOT,
            "this list item is indented further than the one above, so it reads as more of "
                + "that item, `%s`; start the items of one list in the same column",
            scalar.getValue())));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a quoted value runs on over a line indented no further than its own line and
   * written as a key ({@code dek: x}): a value meant to go on is indented under its key.
   */
  private static Optional<Explained> takesInAKey(ScalarNode scalar, Place place) {
    int first = place.mark().getLine();
    int last = scalar.getEndMark().get().getLine();
    for (int line = first + 1; line <= last; line++) {
      Matcher key = KEY.matcher(place.line(line));
      if (key.matches() && indent(place.line(line)) <= indent(place.text())) {
        char mark = scalar.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED ? '"' : '\'';
        return Optional.of(place.at(place.index(), String.format(Locale.ROOT, "this quoted "
            + "value is not closed on its line, so it runs on and takes in `%s` as text, up to "
            + "the `%s` that ends a later line; end it with `%s` where the value ends",
            place.line(line).strip(), mark, mark)));
      }
    }
    return Optional.empty();
  }

  /** The message for the value that starts at {@code place}, with the line as it should be. */
  private static String needsQuotes(Place place) {
    String line = place.text();
    int index = place.index();
    Matcher m = KEY_VALUE.matcher(line);
    if (m.matches() && m.start(3) == index) {
      return needsQuotes(m.group(3), m.group(2) + ": ");
    }
    String value = valueAt(line, Math.min(index, line.length()));
    return needsQuotes(value.isEmpty() ? " " : value, "");
  }

  /** The message for a value that must be quoted, with the value, after {@code key}, quoted. */
  private static String needsQuotes(String value, String key) {
    char first = value.charAt(0);
    String named = first == '`' ? "a backquote" : "`" + first + "`";
    return "a value that starts with " + named + " must be in quotes"
        + offered(key + quote(value));
  }

  /**
   * The line as it should be, to end a message with; none for a line too long to read in a
   * message (a paragraph pasted as a value), where the message alone says what to do.
   */
  private static String offered(String line) {
    return line.length() <= 200 ? ": `" + line + "`" : "";
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
        || key.end(2) != r.index()) {
      return Optional.empty();
    }
    int above = r.at().getLine() - 1;
    while (above >= 0 && (r.line(above).isBlank() || r.line(above).strip().startsWith("#"))) {
      above--;
    }
    Optional<Explained> noSpace = noSpaceAfterColon(r, above);
    if (noSpace.isPresent()) {
      return noSpace;
    }
    if (key.end(1) > indent(r.line(above))) {
      return Optional.of(r.at(key.end(1), String.format(Locale.ROOT,
          "`%s` is indented further than the line above, so it reads as more of that line's "
              + "value; the keys of one mapping start in the same column", key.group(2))));
    }
    return Optional.empty();
  }

  /** Line {@code line}, if it is a key and its value with no space after the colon. */
  private static Optional<Explained> noSpaceAfterColon(Refusal r, int line) {
    String text = r.line(line);
    Matcher noSpace = NO_SPACE_AFTER_COLON.matcher(text);
    if (!noSpace.matches()) {
      return Optional.empty();
    }
    return Optional.of(Explained.at(line, text, noSpace.end(2) + 1, String.format(Locale.ROOT,
        "a key needs a space after its colon: `%s: %s`", noSpace.group(2), noSpace.group(3))));
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
    Optional<Explained> noSpace = noSpaceAfterColon(r, start.getLine());
    if (noSpace.isPresent()) {
      return noSpace;
    }
    String text = r.line(start.getLine()).strip();
    return Optional.of(new Explained(start, String.format(Locale.ROOT,
        "`%s` is neither a `key: value` line nor a list item: start an item with `- `, or write "
            + "`: ` after a key",
        text.length() > 40 ? text.substring(0, 40) + "..." : text)));
  }

  private static Optional<Explained> unknownEscape(Refusal r) {
    String line = r.problemLine();
    int backslash = line.lastIndexOf('\\', Math.min(r.index(), line.length() - 1));
    if (!r.in("while scanning a double-quoted scalar") || backslash < 0
        || backslash + 1 >= line.length()) {
      return Optional.empty();
    }
    String advice = "inside double quotes write `\\\\` for a backslash, or put the value in "
        + "single quotes";
    if (r.problem().startsWith("found unknown escape character")) {
      return Optional.of(r.at(backslash, String.format(Locale.ROOT,
          "`\\%s` is not an escape YAML knows: %s", line.charAt(backslash + 1), advice)));
    }
    if (r.problem().startsWith("expected escape sequence of")) {
      return Optional.of(r.at(backslash, "an escape of a character by its number takes as many "
          + "hexadecimal digits as its letter says: `\\x` two, `\\u` four (`\\u00e9`), `\\U` "
          + "eight; " + advice));
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
