package dev.backstory.render;

import dev.backstory.diag.Suggestions;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a layout may not do, and a template it names that is not there, said in the terms of
 * Backstory's templates folder. FreeMarker's words name its settings ("the
 * api_builtin_enabled configuration setting is false. Think twice before you set it to true")
 * and its name resolution ("normalized: etc/passwd"), which a layout's writer cannot change.
 */
final class TemplateRefusals {

  /**
   * FreeMarker's refusal of a missing template: the name as written, then as resolved against
   * the folder of the template that names it, then, if that climbs with `..`, as normalized.
   */
  private static final Pattern NOT_FOUND = Pattern.compile("Template (?:inclusion|importing) "
      + "failed \\(for parameter value \"(.*?)\"\\):\\s*Template not found for name \"(.*?)\""
      + "(?: \\(normalized: \"(.*?)\"\\))?", Pattern.DOTALL);

  private TemplateRefusals() {}

  /** Plain words for {@code e}, raised rendering a template under {@code templates}. */
  static Optional<String> explain(TemplateException e, Path templates) {
    String message = e.getMessageWithoutStackTop();
    if (message == null) {
      return Optional.empty();
    }
    if (message.contains("\"api_builtin_enabled\"")) {
      return Optional.of("`?api` is turned off in layouts: they see the fields Backstory gives "
          + "them, never the Java objects behind them");
    }
    if (message.contains("is not allowed in the template for security reasons")) {
      return Optional.of("`?new` is turned off in layouts: they cannot create Java objects");
    }
    Matcher notFound = NOT_FOUND.matcher(message);
    if (!notFound.find()) {
      return Optional.empty();
    }
    String given = notFound.group(1);
    if (climbsOut(notFound.group(2))) {
      return Optional.of(String.format(Locale.ROOT, "`%s` is outside the templates folder; a "
          + "layout can include or import only the templates inside it", given));
    }
    String name = notFound.group(3) != null ? notFound.group(3) : notFound.group(2);
    boolean fromSubfolder = !given.startsWith("/") && !name.equals(given);
    String from = given.startsWith("/") ? "; a name starting with `/` starts at that folder"
        : fromSubfolder ? "; a name is taken from the folder of the template giving it" : "";
    return Optional.of(String.format(Locale.ROOT,
        "there is no template `%s` in the templates folder%s%s", name,
        suggestion(given, name, fromSubfolder, templateNames(templates)), from));
  }

  /**
   * The template meant, as it would be written where the failed name was: from a template in
   * a subfolder, names are taken from that folder, so the one offered starts with `/`, which
   * reads from the templates folder wherever it is written. The name as written is compared
   * too: a partial that names `layout.ftlh` means the one at the top.
   */
  private static String suggestion(String given, String resolved, boolean fromSubfolder,
      List<String> names) {
    String written = given.startsWith("/") ? given.substring(1) : given;
    Optional<String> meant = names.contains(written) ? Optional.of(written)
        : Suggestions.closest(resolved, names).or(() -> Suggestions.closest(written, names));
    return meant.map(name -> " (did you mean " + (fromSubfolder ? "/" : "") + name + "?)")
        .orElse("");
  }

  /** Whether a relative name climbs above the folder it starts from, as `../../a` does. */
  private static boolean climbsOut(String name) {
    int depth = 0;
    for (String part : name.split("/")) {
      if (part.equals("..")) {
        depth--;
      } else if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
      if (depth < 0) {
        return true;
      }
    }
    return false;
  }

  /** Every template's name as a layout includes it: its path under the folder, with `/`. */
  private static List<String> templateNames(Path templates) {
    List<String> names = new ArrayList<>();
    try {
      // The theme's files as the build reads them: links leading out of the folder are not.
      ThemeFiles.read(templates, "", new ArrayList<>(), (file, name) -> {
        if (ThemeFiles.isTemplate(file)) {
          names.add(templates.relativize(file).toString().replace('\\', '/'));
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // Only the suggestion is lost.
      return List.of();
    }
    names.sort(null);
    return names;
  }
}
