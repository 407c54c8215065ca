package dev.backstory.render;

import dev.backstory.diag.Suggestions;
import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mistakes a template writer makes with the views Backstory passes, told with the views'
 * own fields: a field name mistyped, an optional field printed without a test, a whole view
 * printed as if it were text. FreeMarker's words for these name its grammar and Java classes.
 */
final class TemplateMistakes {

  /**
   * A path of names and list positions, such as {@code e.date.display} or {@code e.tags[0]}:
   * the only expressions explained here.
   */
  private static final Pattern PATH = Pattern.compile("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*|\\[\\d+])*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");
  private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_]\\w*)|\\[(\\d+)]");

  private TemplateMistakes() {}

  /**
   * Plain words for {@code e}, or empty when it is not one of these mistakes.
   *
   * @param page the view the page was rendered from, whose fields are the template's names
   */
  static Optional<String> explain(TemplateException e, Object page) {
    String blamed = e.getBlamedExpressionString();
    Environment env = e.getEnvironment();
    if (blamed == null || env == null || !PATH.matcher(blamed).matches()) {
      return Optional.empty();
    }
    try {
      if (e instanceof InvalidReferenceException) {
        return missing(env, blamed, page);
      }
      Optional<List<String>> fields = value(env, blamed).flatMap(TemplateMistakes::fields);
      return fields.map(own -> String.format(Locale.ROOT,
          "`%s` is not text but a group of fields (%s): print one of them, as in `${%s.%s}`",
          blamed, String.join(", ", own), blamed, readable(own)));
    } catch (TemplateModelException notFound) {
      return Optional.empty();
    }
  }

  /** Why {@code path} gives nothing: a name the page or view does not have, or no value. */
  private static Optional<String> missing(Environment env, String path, Object page)
      throws TemplateModelException {
    int last = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (last < 0) {
      return fields(page).map(names -> String.format(Locale.ROOT,
          "`%s` is not defined here%s; the page gives %s", path,
          Suggestions.didYouMean(path, names), String.join(", ", names)));
    }
    String owner = path.substring(0, last);
    if (path.charAt(last) == '.'
        && value(env, owner).orElse(null) instanceof Environment.Namespace imported) {
      // An imported template, as in <#import "layout.ftlh" as layout>: its macros are its names.
      String name = path.substring(last + 1);
      List<String> names = names(imported);
      return Optional.of(String.format(Locale.ROOT, "`%s` has no macro, function or variable "
          + "`%s`%s; it has %s", owner, name, Suggestions.didYouMean(name, names),
          String.join(", ", names)));
    }
    Optional<List<String>> fields = value(env, owner).flatMap(TemplateMistakes::fields);
    if (fields.isEmpty() || path.charAt(last) == '[') {
      return Optional.empty();
    }
    String name = path.substring(last + 1);
    if (!fields.get().contains(name)) {
      return Optional.of(String.format(Locale.ROOT, "`%s` has no field `%s`%s; its fields are %s",
          owner, name, Suggestions.didYouMean(name, fields.get()),
          String.join(", ", fields.get())));
    }
    return Optional.of(String.format(Locale.ROOT, "`%s` has no value here; print it inside "
        + "`<#if %s??>...</#if>`, or with a default, as in `${%s!}`", path, path, path));
  }

  /** The field a reader would see, for the example: a date's display, a link's text. */
  private static String readable(List<String> fields) {
    return fields.stream().filter(name -> name.equals("display") || name.equals("text"))
        .findFirst().orElse(fields.get(0));
  }

  /** What a path stands for in {@code env}, or empty when any step of it is missing. */
  private static Optional<TemplateModel> value(Environment env, String path)
      throws TemplateModelException {
    Matcher first = NAME.matcher(path);
    first.lookingAt();
    TemplateModel value = env.getVariable(first.group());
    Matcher step = STEP.matcher(path);
    for (int at = first.end(); value != null && at < path.length(); at = step.end()) {
      step.find(at);
      if (step.group(1) != null) {
        value = value instanceof TemplateHashModel hash ? hash.get(step.group(1)) : null;
      } else {
        int index = Integer.parseInt(step.group(2));
        value = value instanceof TemplateSequenceModel list && index < list.size()
            ? list.get(index) : null;
      }
    }
    return Optional.ofNullable(value);
  }

  /** What an imported template defines, sorted. */
  private static List<String> names(Environment.Namespace imported) throws TemplateModelException {
    List<String> names = new ArrayList<>();
    for (TemplateModelIterator keys = imported.keys().iterator(); keys.hasNext(); ) {
      names.add(((TemplateScalarModel) keys.next()).getAsString());
    }
    names.sort(null);
    return names;
  }

  /** The fields of a view, in the order it declares them. */
  private static Optional<List<String>> fields(TemplateModel model) {
    return model instanceof RecordModel view ? fields(view.getWrappedObject()) : Optional.empty();
  }

  private static Optional<List<String>> fields(Object object) {
    return object instanceof Record view
        ? Optional.of(RecordModel.fieldNames(view))
        : Optional.empty();
  }
}
