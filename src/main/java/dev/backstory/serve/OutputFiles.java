package dev.backstory.serve;

import dev.backstory.output.StagedOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Maps request paths to files of the output folder, and nothing else. Every path segment is
 * percent-decoded on its own and refused if it names a parent ({@code ..}), the same folder,
 * hides a separator or is empty, so neither {@code /../} nor {@code /%2e%2e/} nor
 * {@code /..%2f} can climb out; what remains is checked again against the folder after
 * resolving symbolic links. A folder without the build's marker holds no site, whatever it
 * holds (one the build refused to write to, say): nothing in it is found.
 */
final class OutputFiles {

  /** What a request path leads to. */
  sealed interface Lookup permits Found, Redirect, Refused, Missing {}

  record Found(Path file, String contentType) implements Lookup {}

  /** A folder asked for without its trailing slash; relative links need the slash. */
  record Redirect(String location) implements Lookup {}

  record Refused() implements Lookup {}

  record Missing() implements Lookup {}

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("avif", "image/avif"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("mp3", "audio/mpeg"),
      Map.entry("mp4", "video/mp4"),
      Map.entry("webm", "video/webm"),
      Map.entry("csv", "text/csv; charset=utf-8"));

  private final Path root;

  /** @param root the output folder; looked up afresh on every request, as builds swap it */
  OutputFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Lookup lookup(String rawPath) throws IOException {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return new Refused();
    }
    if (!Files.isRegularFile(root.resolve(StagedOutput.MARKER))) {
      return new Missing();
    }
    String[] segments = rawPath.substring(1).split("/", -1);
    Path file = root;
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      if (segments[i].isEmpty() && last) {
        break;
      }
      String segment = decode(segments[i]);
      if (segment == null || segment.isEmpty() || segment.equals(".") || segment.equals("..")
          || segment.indexOf('/') >= 0 || segment.indexOf('\\') >= 0
          || segment.indexOf('\0') >= 0 || segment.indexOf(':') >= 0) {
        return new Refused();
      }
      if (segment.startsWith(".")) {
        return new Missing();
      }
      file = file.resolve(segment);
    }
    file = file.normalize();
    if (!file.startsWith(root)) {
      return new Refused();
    }
    if (Files.isDirectory(file)) {
      if (!rawPath.endsWith("/")) {
        return new Redirect(rawPath + "/");
      }
      file = file.resolve("index.html");
    }
    if (!Files.isRegularFile(file)) {
      return new Missing();
    }
    if (!file.toRealPath().startsWith(root.toRealPath())) {
      return new Refused();
    }
    return new Found(file, contentType(file));
  }

  /** Where a found file lies in the output folder, with {@code /} separators. */
  String outputPath(Found found) {
    return root.relativize(found.file()).toString().replace('\\', '/');
  }

  /** The site's own not-found page, if it has one. */
  Lookup notFoundPage() throws IOException {
    return lookup("/404.html");
  }

  static String contentType(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  /** Strict percent-decoding to UTF-8; null for a malformed escape or invalid UTF-8. */
  static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c != '%') {
        byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(plain, 0, plain.length);
        continue;
      }
      if (i + 2 >= segment.length()) {
        return null;
      }
      int high = Character.digit(segment.charAt(i + 1), 16);
      int low = Character.digit(segment.charAt(i + 2), 16);
      if (high < 0 || low < 0) {
        return null;
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
