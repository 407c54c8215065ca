package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import dev.backstory.model.Slugs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives every heading on a page an id no other element on the page has. Explicit ids are taken
 * first and must be unique; generated ones step aside with a numeric suffix. Ids the layout
 * uses itself are never handed out.
 */
final class IdRegistry {

  /** Ids the default layout gives its own elements; a heading may not take them. */
  static final Set<String> LAYOUT_IDS = Set.of("main", "top", "headline", "site-search-q",
      "short-answer", "short-answer-label", "in-this-explainer", "toc-label", "timeline",
      "timeline-label", "sources", "sources-label", "corrections", "corrections-label",
      "topics", "topics-label", "footnotes", "notes-label", "related", "related-label",
      "backlinks", "backlinks-label", "link-previews", "link-preview");
  private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d+(-\\d+)?");
  private static final Pattern VALID_ID = Pattern.compile("[^\\s#]+");

  private final Map<String, SourcePosition> taken = new HashMap<>();
  private final List<Diagnostic> problems;

  IdRegistry(List<Diagnostic> problems) {
    this.problems = problems;
  }

  /** Claims an id the author wrote; false (with a diagnostic) if it cannot be used. */
  boolean claimExplicit(String id, SourcePosition position) {
    if (!VALID_ID.matcher(id).matches()) {
      problems.add(Diagnostic.error(position, "id `%s` is not usable: an id needs a character, "
          + "and no spaces or `#`", id));
      return false;
    }
    if (isLayoutId(id)) {
      problems.add(Diagnostic.error(position,
          "id `%s` is used by the page layout; choose another, such as `%s-q`", id, id));
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
    String id = base;
    for (int n = 2; taken.containsKey(id) || isLayoutId(id); n++) {
      id = base + "-" + n;
    }
    taken.put(id, position);
    return id;
  }

  private static boolean isLayoutId(String id) {
    return LAYOUT_IDS.contains(id) || FOOTNOTE_ID.matcher(id).matches();
  }
}
