package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;

/**
 * An explainer file cut in two: the YAML between the opening and closing {@code ---} fences,
 * and the Markdown body after them, each with the file line it starts on.
 */
record FrontMatterBlock(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

  /** Splits a file, or says why it cannot: no front matter, or front matter never closed. */
  static Result split(SourceText source) {
    String text = source.text();
    if (isFence(firstLine(text, 0), "+++")) {
      return failure(Diagnostic.error(SourcePosition.startOf(source.file()),
          "this front matter is TOML, between `+++` lines, as Hugo writes it; Backstory reads "
              + "YAML between `---` lines: write `title: \"...\"` where TOML has "
              + "`title = \"...\"`, and `---` for each `+++`"));
    }
    if (!isFence(firstLine(text, 0), "---")) {
      return failure(Diagnostic.error(SourcePosition.startOf(source.file()),
          "the file does not start with front matter: add a `---` line, then `title:` and "
              + "`date:`, then a closing `---`"));
    }
    int lineStart = text.indexOf('\n') + 1;
    int line = 2;
    while (lineStart > 0 && lineStart <= text.length()) {
      String current = firstLine(text, lineStart);
      if (isFence(current, "---") || isFence(current, "...")) {
        String yaml = text.substring(text.indexOf('\n') + 1, lineStart);
        int bodyStart = Math.min(text.length(), lineStart + current.length() + 1);
        return new Result(new FrontMatterBlock(yaml, 2, text.substring(bodyStart), line + 1), null);
      }
      int next = text.indexOf('\n', lineStart);
      lineStart = next < 0 ? -1 : next + 1;
      line++;
    }
    return failure(Diagnostic.error(SourcePosition.startOf(source.file()),
        "the front matter opened here is never closed: add a line `---` after the last field"));
  }

  private static String firstLine(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.substring(from) : text.substring(from, end);
  }

  private static boolean isFence(String line, String fence) {
    return line.stripTrailing().equals(fence);
  }

  private static Result failure(Diagnostic problem) {
    return new Result(null, problem);
  }

  /** Either the two parts, or the reason the file could not be split. */
  record Result(FrontMatterBlock block, Diagnostic problem) {}
}
