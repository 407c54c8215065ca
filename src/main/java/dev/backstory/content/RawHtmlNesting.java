package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Tag;

/**
 * Raw HTML elements left open across a question's end, or closed in a section that did not open
 * them. Each question is a section of the page of its own, so a {@code <div>} opened above a
 * {@code ##} and closed below it is cut in two: the browser closes it where the section ends and
 * the later {@code </div>} closes the section instead, and every section after it falls out of
 * the page's column. Read section by section, in order, from the explainer's top-level HTML
 * blocks.
 */
final class RawHtmlNesting {

  private static final Pattern TAG = Pattern.compile(
      "<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9-]*)\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(/?)>",
      Pattern.DOTALL);
  /**
   * Elements whose end tag HTML lets a writer leave out ({@code <p>}, {@code <li>}): the next
   * block, or the section's end, closes them.
   */
  private static final Set<String> OPTIONAL_END = Set.of("p", "li", "dt", "dd", "option",
      "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt",
      "rtc", "rp", "html", "head", "body");
  /** Elements whose content is text, not tags: a {@code <} in a script is no tag. */
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");

  private record Open(String name, String tag, int offset) {}

  private final LineMap lines;
  private final List<Diagnostic> problems;
  private final Deque<Open> open = new ArrayDeque<>();

  RawHtmlNesting(LineMap lines, List<Diagnostic> problems) {
    this.lines = lines;
    this.problems = problems;
  }

  /** Reads a top-level HTML block of the current section, which starts at {@code offset}. */
  void read(String html, int offset) {
    Matcher tag = TAG.matcher(html);
    int from = 0;
    while (from < html.length() && tag.find(from)) {
      from = tag.end();
      String name = tag.group(2);
      if (name == null) {
        continue; // a comment
      }
      name = name.toLowerCase(Locale.ROOT);
      if (tag.group(1).isEmpty()) {
        if (RAW_TEXT.contains(name)) {
          int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, from);
          from = end < 0 ? html.length() : end;
        }
        if (!isVoid(name) && tag.group(3).isEmpty()) {
          open.push(new Open(name, tag.group(), offset + tag.start()));
        }
      } else if (!close(name) && !isVoid(name)) {
        problems.add(Diagnostic.error(lines.at(offset + tag.start()), "`%s` closes nothing "
            + "opened in this section: each question is a section of its own, so an element of "
            + "raw HTML must open and close within one", tag.group()));
      }
    }
  }

  /** Whether an element has no end tag ({@code <br>}, {@code <img>}), as HTML's parser knows. */
  private static boolean isVoid(String name) {
    return Tag.valueOf(name).isEmpty();
  }

  /** Closes the innermost open element of this name and those inside it, if one is open. */
  private boolean close(String name) {
    if (open.stream().noneMatch(o -> o.name().equals(name))) {
      return false;
    }
    while (!open.pop().name().equals(name)) {
      // an element inside it left open: the browser closes it with its parent
    }
    return true;
  }

  /** Ends the current section: what is still open is reported, outermost first. */
  void endSection(String before) {
    while (!open.isEmpty()) {
      Open element = open.removeLast();
      if (OPTIONAL_END.contains(element.name())) {
        continue;
      }
      problems.add(Diagnostic.error(lines.at(element.offset()), "`%s` is not closed before %s: "
          + "each question is a section of its own, so close it in the section it opens in",
          element.tag(), before));
    }
  }
}
