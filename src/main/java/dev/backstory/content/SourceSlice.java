package dev.backstory.content;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The characters of a node of a Markdown tree as a string. Flexmark copies a sequence one
 * character at a time through its own interfaces; text taken straight from the source file, as
 * almost all of it is, is one {@code substring} instead. Every word of every explainer passes
 * through here at least twice (as HTML and as plain text).
 */
final class SourceSlice {

  private SourceSlice() {}

  static String of(BasedSequence chars) {
    if (chars instanceof SubSequence slice && slice.getBase() instanceof String source) {
      return source.substring(slice.getStartOffset(), slice.getEndOffset());
    }
    return chars.toString();
  }
}
