package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A source file read as UTF-8 text, with the byte-order mark removed and line endings made
 * {@code \n}, so that every later position counts lines the way an editor does.
 */
public record SourceText(String file, String text) {

  /** Reads a file; invalid UTF-8 becomes a diagnostic at the line and column of the bad byte. */
  static Result read(Path path, String displayName) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = lineEnds(decoder.decode(ByteBuffer.wrap(bytes)).toString());
      int control = firstControl(text);
      if (control >= 0) {
        return new Result(null, controlCharacter(text, control, displayName));
      }
      return new Result(new SourceText(displayName, text), null);
    } catch (CharacterCodingException e) {
      return new Result(null, invalidUtf8(bytes, displayName));
    }
  }

  /**
   * Why a file that is read elsewhere as UTF-8 text, such as a template, is not such text:
   * its first bad byte, at its line and column; or empty.
   */
  public static Optional<Diagnostic> notUtf8(Path path, String displayName) throws IOException {
    return Optional.ofNullable(read(path, displayName).problem());
  }

  static SourceText of(String displayName, String text) {
    return new SourceText(displayName, normalise(text));
  }

  private static String normalise(String text) {
    return withoutControls(lineEnds(text));
  }

  private static String lineEnds(String text) {
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * Control characters other than tab and newline (NUL, bell, C1 controls) are not allowed in
   * HTML, nor U+FFFE and U+FFFF in XML (the feeds). A file read is refused at the first; text
   * from elsewhere (a YAML escape such as {@code "\0"}) has each become U+FFFD, one character
   * for one, so later positions hold, as has half a surrogate pair, which no UTF-8 file holds
   * but an escape can write.
   */
  static String withoutControls(String text) {
    char[] chars = text.toCharArray();
    boolean changed = false;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      boolean lone = Character.isHighSurrogate(c)
          ? i + 1 == chars.length || !Character.isLowSurrogate(chars[i + 1])
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(chars[i - 1]));
      if (isControl(c) || lone) {
        chars[i] = '\uFFFD';
        changed = true;
      }
    }
    return changed ? new String(chars) : text;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)
        || c == '\uFFFE' || c == '\uFFFF';
  }

  private static int firstControl(String text) {
    // Over a copy of the characters: every file is read through here, and an array is
    // scanned faster than the string's characters one call at a time.
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (isControl(chars[i])) {
        return i;
      }
    }
    return -1;
  }

  private static Diagnostic controlCharacter(String text, int at, String file) {
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
    char control = text.charAt(at);
    return Diagnostic.error(new SourcePosition(file, line,
            text.codePointCount(lineStart, at) + 1),
        "the control character U+%04X (%s) is here, which no page can show; delete it",
        (int) control, Objects.requireNonNullElse(Character.getName(control), "a noncharacter"));
  }

  private static Diagnostic invalidUtf8(byte[] bytes, String file) {
    int bad = firstInvalidByte(bytes);
    String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = before.codePointCount(lineStart, before.length()) + 1;
    return Diagnostic.error(new SourcePosition(file, line, column),
        "the file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8",
        bytes[bad] & 0xFF, bad);
  }

  private static int firstInvalidByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  /** Either the text, or the reason it could not be read. */
  record Result(SourceText source, Diagnostic problem) {}
}
