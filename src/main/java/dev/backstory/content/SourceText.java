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
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return new Result(new SourceText(displayName, normalise(text)), null);
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
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return withoutControls(withoutBom.replace("\r\n", "\n").replace('\r', '\n'));
  }

  /**
   * Control characters other than tab and newline (NUL, bell, C1 controls) are not allowed in
   * HTML; each becomes U+FFFD, one character for one, so later positions are unchanged.
   */
  static String withoutControls(String text) {
    // Over a copy of the characters: every file is read through here, and an array is
    // scanned faster than the string's characters one call at a time.
    char[] chars = text.toCharArray();
    boolean changed = false;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)) {
        chars[i] = '\uFFFD';
        changed = true;
      }
    }
    return changed ? new String(chars) : text;
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
