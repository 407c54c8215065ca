package dev.backstory.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON from strings, numbers, booleans, lists and maps (keys in the map's own order:
 * pass sorted maps for stable output). Any {@link Iterable} is written as a list, in the order
 * it gives its items: one that makes each item as it is asked for keeps a big document out of
 * memory. Small on purpose: the site exports two JSON documents, and escaping is the only hard
 * part. {@code <}, {@code >} and {@code &} are escaped too, so the same text is safe inside an
 * HTML {@code <script>} element.
 */
final class Json {

  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    writeTo(value, out, "");
    return out.append('\n').toString();
  }

  /** As {@link #write(Object)}, straight to {@code out}: for documents as big as the site. */
  static void write(Object value, Writer out) throws IOException {
    write(value, out, "");
    out.append('\n');
  }

  /** One line, for embedding in a page. */
  static String compact(Object value) {
    StringBuilder out = new StringBuilder();
    writeTo(value, out, null);
    return out.toString();
  }

  private static void writeTo(Object value, StringBuilder out, String indent) {
    try {
      write(value, out, indent);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder never throws it
    }
  }

  private static void write(Object value, Appendable out, String indent) throws IOException {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(text, out);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      out.append(value.toString());
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      String inner = indent == null ? null : indent + "  ";
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "" : ",");
        newline(out, inner);
        string(entry.getKey().toString(), out);
        out.append(indent == null ? ":" : ": ");
        write(entry.getValue(), out, inner);
        first = false;
      }
      if (!map.isEmpty()) {
        newline(out, indent);
      }
      out.append('}');
    } else if (value instanceof Iterable<?> items) {
      out.append('[');
      String inner = indent == null ? null : indent + "  ";
      boolean first = true;
      for (Object item : items) {
        out.append(first ? "" : ",");
        newline(out, inner);
        write(item, out, inner);
        first = false;
      }
      if (!first) {
        newline(out, indent);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass());
    }
  }

  private static void newline(Appendable out, String indent) throws IOException {
    if (indent != null) {
      out.append('\n').append(indent);
    }
  }

  private static void string(String text, Appendable out) throws IOException {
    out.append('"');
    if (!needsEscape(text)) {
      // Most text (slugs, paths, plain prose) is copied whole: the page previews and search
      // index hold a lot of it.
      out.append(text).append('"');
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean needsEscape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&'
          || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }
}
