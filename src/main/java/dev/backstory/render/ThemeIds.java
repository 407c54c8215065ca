package dev.backstory.render;

import dev.backstory.content.LayoutIds;
import dev.backstory.content.LineMap;
import dev.backstory.diag.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The ids the theme gives elements of its own, read from its templates (partials included)
 * and scripts before the content is loaded, so that no question takes one.
 *
 * <p>Only an id written as it will be on the page counts. One made with an interpolation
 * ({@code id="${q.id}"}, {@code id="year-${y.year?c}"}) or a directive inside its value
 * changes from page to page and cannot be known before rendering, so it is not reserved (the
 * questions' own ids are written so). Ids in FreeMarker and HTML comments are not on the page.
 *
 * <p>A template is not HTML: FreeMarker's tags sit inside HTML tags
 * ({@code <li<#if current> class="on"</#if>>}) and an expression may hold quotes and
 * {@code >}. Comments, directives and interpolations are blanked out first, every offset kept,
 * and what remains reads as HTML. It is not handed to an HTML parser all the same: a partial is
 * a piece of a page, and a parser's tree builder drops tags that are out of place in a whole
 * page (a {@code <tr>} outside a table, a second {@code <body>}), ids and all. So start tags
 * are read as the HTML tokenizer reads them, with patterns for its attribute syntax (a value
 * double-quoted, single-quoted or bare, entities decoded), skipping comments and the text of
 * {@code script}, {@code style}, {@code title} and {@code textarea}.
 *
 * <p>A script may give elements ids when it runs: the default theme's {@code previews.js}
 * makes {@code link-preview}. Ids a script sets from a quoted literal,
 * {@code element.id = 'name'} or {@code element.setAttribute('id', 'name')}, in a {@code .js}
 * file of the theme or a template's inline {@code <script>}, are reserved as well; ids a
 * script builds any other way are not seen.
 */
public final class ThemeIds {

  /** Stands in for each character of an interpolation, so that a value holding one is known. */
  private static final char INTERPOLATED = '\uE000';
  private static final Pattern START_TAG = Pattern.compile("<([a-zA-Z][^\\s/>]*)");
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "([^\\s/>=][^\\s/>=]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
  /** Elements whose text holds no tags. */
  private static final Set<String> TEXT_ONLY = Set.of("script", "style", "title", "textarea");
  private static final Pattern SCRIPT_ID = Pattern.compile(
      "(?<!dataset)\\.id\\s*=\\s*([\"'`])([^\"'`\\\\\\s]+)\\1"
          + "|setAttribute\\(\\s*([\"'])id\\3\\s*,\\s*([\"'`])([^\"'`\\\\\\s]+)\\4\\s*\\)");

  private ThemeIds() {}

  /**
   * The ids the files of {@code templates} write, each where it is first written, files taken
   * in the order of their names. Files that cannot be read as the build reads them (a link
   * leading out of the folder) are passed over: the build reports them.
   */
  public static LayoutIds of(Path templates, String displayName) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    ThemeFiles.read(templates, displayName, new ArrayList<>(), (file, name) -> {
      if (ThemeFiles.isTemplate(file) || name.endsWith(".js")) {
        files.put(name, file);
      }
    });
    Map<String, SourcePosition> ids = new TreeMap<>();
    for (Map.Entry<String, Path> file : files.entrySet()) {
      // Read as FreeMarker does not: a byte that is not UTF-8 is reported by the build.
      String text = new String(Files.readAllBytes(file.getValue()), StandardCharsets.UTF_8);
      Map<String, SourcePosition> written = file.getKey().endsWith(".js")
          ? inScript(text, file.getKey()) : inTemplate(text, file.getKey());
      written.forEach(ids::putIfAbsent);
    }
    return new LayoutIds(ids);
  }

  /** The ids a template writes, each where its value is first written. */
  static Map<String, SourcePosition> inTemplate(String template, String displayName) {
    LineMap lines = new LineMap(displayName, template, 1);
    List<WrittenId> found = new ArrayList<>();
    String html = blankFreeMarker(template);
    Matcher tag = START_TAG.matcher(html);
    int at = 0;
    while ((at = html.indexOf('<', at)) >= 0) {
      if (html.startsWith("<!--", at)) {
        at = after(html, "-->", at + 4);
        continue;
      }
      if (!tag.region(at, html.length()).lookingAt()) {
        at++;
        continue;
      }
      at = readAttributes(html, tag.end(), found);
      String name = tag.group(1).toLowerCase(Locale.ROOT);
      if (TEXT_ONLY.contains(name)) {
        int end = closingTag(html, name, at);
        if (name.equals("script")) {
          scriptIds(html.substring(at, end), at, found);
        }
        at = end;
      }
    }
    return byId(found, lines);
  }

  /** Where the text of element {@code name} from {@code from} ends: at its closing tag. */
  private static int closingTag(String html, String name, int from) {
    for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
      if (html.regionMatches(true, at + 2, name, 0, name.length())) {
        return at;
      }
    }
    return html.length();
  }

  /** The ids a script file sets, each where its value is first written. */
  static Map<String, SourcePosition> inScript(String script, String displayName) {
    List<WrittenId> found = new ArrayList<>();
    scriptIds(script, 0, found);
    return byId(found, new LineMap(displayName, script, 1));
  }

  /** An id and where its value starts. */
  private record WrittenId(String id, int offset) {}

  /**
   * Reads a start tag's attributes from {@code from}, adding its id if it is literal; returns
   * where the tag ends.
   */
  private static int readAttributes(String html, int from, List<WrittenId> found) {
    Matcher attribute = ATTRIBUTE.matcher(html);
    int at = from;
    while (at < html.length() && html.charAt(at) != '>') {
      char c = html.charAt(at);
      if (Character.isWhitespace(c) || c == '/' || !attribute.region(at, html.length())
          .lookingAt()) {
        at++;
        continue;
      }
      at = attribute.end();
      if (attribute.group(1).equalsIgnoreCase("id")) {
        for (int group = 2; group <= 4; group++) {
          if (attribute.group(group) != null) {
            String id = Parser.unescapeEntities(attribute.group(group), true);
            if (isLiteral(id)) {
              found.add(new WrittenId(id, attribute.start(group)));
            }
          }
        }
      }
    }
    return Math.min(at + 1, html.length());
  }

  private static void scriptIds(String script, int offset, List<WrittenId> found) {
    Matcher set = SCRIPT_ID.matcher(script);
    while (set.find()) {
      int group = set.group(2) != null ? 2 : 5;
      if (isLiteral(set.group(group)) && !set.group(group).contains("${")) {
        found.add(new WrittenId(set.group(group), offset + set.start(group)));
      }
    }
  }

  /** Whether an id is on every page as written: no interpolation, no directive, no space. */
  private static boolean isLiteral(String id) {
    return !id.isEmpty() && id.chars()
        .noneMatch(c -> c == INTERPOLATED || Character.isWhitespace(c));
  }

  private static Map<String, SourcePosition> byId(List<WrittenId> found, LineMap lines) {
    Map<String, SourcePosition> ids = new TreeMap<>();
    found.stream().sorted(Comparator.comparingInt(WrittenId::offset))
        .forEach(id -> ids.putIfAbsent(id.id(), lines.at(id.offset())));
    return ids;
  }

  /**
   * The template with FreeMarker's comments and tags ({@code <#...>}, {@code </#...>},
   * {@code <@...>}, {@code </@...>}) turned to spaces and its interpolations ({@code ${...}},
   * {@code #{...}}) to {@link #INTERPOLATED}, line breaks and length kept.
   */
  static String blankFreeMarker(String template) {
    char[] text = template.toCharArray();
    int at = 0;
    while (at < template.length()) {
      int end;
      char fill;
      if (template.startsWith("<#--", at)) {
        end = after(template, "-->", at + 4);
        fill = ' ';
      } else if (template.startsWith("<#", at) || template.startsWith("</#", at)
          || template.startsWith("<@", at) || template.startsWith("</@", at)) {
        end = expressionEnd(template, at + 2, '>');
        fill = ' ';
      } else if ((template.startsWith("${", at) || template.startsWith("#{", at))) {
        end = expressionEnd(template, at + 2, '}');
        fill = INTERPOLATED;
      } else {
        at++;
        continue;
      }
      for (int i = at; i < end; i++) {
        if (text[i] != '\n' && text[i] != '\r') {
          text[i] = fill;
        }
      }
      at = end;
    }
    return new String(text);
  }

  /**
   * Where an FTL expression that closes with {@code close} ends (after it): at the first
   * {@code close} outside brackets, string literals and comments.
   */
  private static int expressionEnd(String text, int from, char close) {
    int depth = 0;
    for (int at = from; at < text.length(); at++) {
      char c = text.charAt(at);
      if (c == '"' || c == '\'') {
        at = stringEnd(text, at);
      } else if (text.startsWith("<#--", at)) {
        at = after(text, "-->", at + 4) - 1;
      } else if (c == close && depth == 0) {
        return at + 1;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      }
    }
    return text.length();
  }

  /** Where the string literal whose quote is at {@code quote} closes (its closing quote). */
  private static int stringEnd(String text, int quote) {
    char mark = text.charAt(quote);
    boolean raw = quote > 0 && text.charAt(quote - 1) == 'r'
        && (quote < 2 || !Character.isLetterOrDigit(text.charAt(quote - 2)));
    for (int at = quote + 1; at < text.length(); at++) {
      char c = text.charAt(at);
      if (c == '\\' && !raw) {
        at++;
      } else if (c == mark) {
        return at;
      }
    }
    return text.length();
  }

  /** The offset just after the first {@code end} from {@code from}, or the text's length. */
  private static int after(String text, String end, int from) {
    int found = text.indexOf(end, from);
    return found < 0 ? text.length() : found + end.length();
  }
}
