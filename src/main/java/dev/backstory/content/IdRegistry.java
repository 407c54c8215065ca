package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.Slugs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Gives every heading on a page an id no other element on the page has. Explicit ids are taken
 * first and must be unique; generated ones step aside with a numeric suffix. Ids the layout
 * uses itself are never handed out: those the theme writes, and those every page keeps
 * whatever the theme, {@code top} and the footnotes' ids.
 */
final class IdRegistry {

  /**
   * Browsers take {@code #top} to the top of the page when no element has that id, and links
   * to an explainer's {@code #top} are read as links to its page.
   */
  private static final String TOP = "top";
  /** The ids Flexmark gives footnotes and the links back to them. */
  private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d+(-\\d+)?");
  private static final Pattern VALID_ID = Pattern.compile("[^\\s#]+");

  private final Map<String, SourcePosition> taken = new HashMap<>();
  private final List<Diagnostic> problems;
  private final LayoutIds layout;

  IdRegistry(List<Diagnostic> problems, LayoutIds layout) {
    this.problems = problems;
    this.layout = layout;
  }

  /** Claims an id the author wrote; false (with a diagnostic) if it cannot be used. */
  boolean claimExplicit(String id, SourcePosition position) {
    if (!VALID_ID.matcher(id).matches()) {
      problems.add(Diagnostic.error(position, "id `%s` is not usable: an id needs a character, "
          + "and no spaces or `#`", id));
      return false;
    }
    if (isLayoutId(id)) {
      String why = layout.writtenAt(id).map(at -> "is used by the page layout (" + at + ")")
          .orElse(id.equals(TOP) ? "is kept for the top of every page, where browsers take `#top`"
              : "is the form of a footnote's id");
      problems.add(Diagnostic.error(position, "id `%s` %s; choose another, such as `%s-q`", id,
          why, id));
      return false;
    }
    SourcePosition first = taken.putIfAbsent(id, position);
    if (first != null) {
      problems.add(Diagnostic.error(first, "id `%s` is used again at line %d", id, position.line()));
      problems.add(Diagnostic.error(position,
          "id `%s` is already used at line %d; ids must be unique on a page", id, first.line()));
      return false;
    }
    return true;
  }

  /** Generates a free id from heading text. */
  String claimGenerated(String text, SourcePosition position) {
    String base = Slugs.of(text);
    if (FOOTNOTE_ID.matcher(base + "-2").matches()) {
      // A footnote's id stays one when numbered (`fn-1-2`, `fnref-1-2`): a letter steps aside.
      base = base + "-q";
    }
    String id = base;
    for (int n = 2; taken.containsKey(id) || isLayoutId(id); n++) {
      id = base + "-" + n;
    }
    taken.put(id, position);
    return id;
  }

  private boolean isLayoutId(String id) {
    return layout.ids().containsKey(id) || id.equals(TOP) || FOOTNOTE_ID.matcher(id).matches();
  }
}
