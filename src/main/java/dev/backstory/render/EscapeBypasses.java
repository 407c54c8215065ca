package dev.backstory.render;

import dev.backstory.content.LineMap;
import dev.backstory.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a layout turns off the escaping that keeps the text writers give (a title, a dek, a
 * caption) from writing markup into the page: {@code ?no_esc}, {@code #noautoesc},
 * {@code auto_esc=false} and an {@code #outputformat} other than HTML's. Each is a warning at its
 * place: a theme may mean it, but a title with {@code <script>} would then run on the page.
 * What Backstory gives as HTML (bodies, headings) prints as markup without any of them.
 */
final class EscapeBypasses {

  private static final Pattern BYPASS = Pattern.compile("\\?\\s*no_esc\\b"
      + "|[<\\[]#noautoesc\\b"
      + "|\\bauto_esc\\s*=\\s*false\\b"
      + "|[<\\[]#outputformat\\s+([\"'])(?!(?:HTML|XHTML|XML)\\1)[^\"']*\\1");
  /**
   * Escaped for another language just before: a string for a script or a URL, where HTML's
   * escaping would be wrong and this one keeps markup out.
   */
  private static final Pattern ESCAPED_BEFORE =
      Pattern.compile("\\?\\s*(?:js_string|json_string|url|url_path)\\s*$");
  private static final Pattern COMMENT = Pattern.compile("<#--.*?-->|\\[#--.*?--]",
      Pattern.DOTALL);

  private EscapeBypasses() {}

  /** The bypasses in a template's text, named {@code file} in messages. */
  static List<Diagnostic> in(String text, String file) {
    List<Diagnostic> found = new ArrayList<>();
    if (!text.contains("no_esc") && !text.contains("auto_esc")
        && !text.contains("#outputformat")) {
      return found;
    }
    String code = withoutComments(text);
    LineMap lines = new LineMap(file, text, 1);
    Matcher bypass = BYPASS.matcher(code);
    while (bypass.find()) {
      String written = bypass.group().replaceFirst("^[<\\[]", "");
      boolean value = written.startsWith("?");
      if (value && ESCAPED_BEFORE.matcher(
          code.substring(Math.max(0, bypass.start() - 40), bypass.start())).find()) {
        continue;
      }
      found.add(Diagnostic.warning(lines.at(bypass.start()), "`%s` %s: text a writer gives "
          + "(a title with `<script>`) would reach the page as markup; what Backstory gives "
          + "as HTML (bodies, headings) prints as markup without it", written.strip(),
          value ? "prints this value unescaped" : "turns escaping off"));
    }
    return found;
  }

  /** The text with each comment blanked, its line breaks kept, so places stay where they are. */
  private static String withoutComments(String text) {
    Matcher comment = COMMENT.matcher(text);
    StringBuilder out = new StringBuilder(text);
    while (comment.find()) {
      for (int i = comment.start(); i < comment.end(); i++) {
        if (out.charAt(i) != '\n') {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }
}
