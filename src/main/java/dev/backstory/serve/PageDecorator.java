package dev.backstory.serve;

import dev.backstory.diag.Diagnostic;
import java.util.List;
import java.util.Locale;

/**
 * Adds the preview's own markup to an HTML page as it is served: a script that reloads the
 * page when a rebuild finishes and, while the last rebuild failed, an overlay listing its
 * errors above the last good page. Everything from the build is escaped.
 */
final class PageDecorator {

  static final String EVENTS_PATH = "/__backstory/events";

  private static final String RELOAD_SCRIPT = "<script>(function(){"
      + "var events=new EventSource(\"" + EVENTS_PATH + "\");"
      + "events.addEventListener(\"reload\",function(){location.reload();});"
      + "})();</script>";

  private PageDecorator() {}

  /** The page with the reload script and, when {@code errors} is not empty, the overlay. */
  static String decorate(String html, List<Diagnostic> errors) {
    String added = (errors.isEmpty() ? "" : overlay(errors)) + RELOAD_SCRIPT;
    int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    return body < 0 ? html + added : html.substring(0, body) + added + html.substring(body);
  }

  /** A page for a path with nothing behind it, when the site has no 404 page of its own. */
  static String plainNotFound() {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Not found</title></head><body><main><h1>404 Not Found</h1>"
        + "<p>Nothing in the built site has this address.</p></main></body></html>\n";
  }

  static String overlay(List<Diagnostic> errors) {
    long errorCount = errors.stream().filter(Diagnostic::isError).count();
    StringBuilder html = new StringBuilder()
        // In English and left to right whatever the site's language, as its messages are.
        .append("<div id=\"backstory-errors\" role=\"alert\" lang=\"en\" dir=\"ltr\" ")
        .append("style=\"position:fixed;left:0;")
        .append("right:0;top:0;z-index:2147483647;max-height:80vh;overflow:auto;margin:0;")
        .append("padding:1rem 1.5rem;background:#2a0d0f;color:#fff;border-bottom:4px solid ")
        .append("#e5484d;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;text-align:left\">")
        .append("<p style=\"margin:0 0 .5rem\"><strong>The last save did not build</strong> (")
        .append(errorCount).append(errorCount == 1 ? " error" : " errors")
        .append("). These are the last good pages; fix the problem and save to clear this.</p>")
        .append("<ul style=\"margin:0;padding-left:1.2rem\">");
    for (Diagnostic error : errors) {
      html.append("<li data-file=\"").append(escape(error.position().file()))
          .append("\" data-line=\"").append(error.position().line())
          .append("\" data-column=\"").append(error.position().column()).append("\">")
          .append(escape(error.toString())).append("</li>");
    }
    return html.append("</ul></div>").toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
