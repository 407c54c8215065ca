package dev.backstory.content;

import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link or image to a file whose name holds a space, {@code [map](my map.svg)}, is no link in
 * CommonMark: the space ends the address, and readers see the brackets and the address as
 * text. Flexmark reads the brackets as a reference to a link definition, followed by text. The
 * editor meant a link, so where that text is such an address it is reported, with the angle
 * brackets that make it one.
 */
final class SpacedAddresses {

  /**
   * An address that ends in a file's extension, in parentheses; whether it holds a space is
   * asked of the match. Its length is bounded, so a long line cannot make the matcher try
   * every way of splitting it.
   */
  private static final String ADDRESS =
      "\\(([^()<>\"'\\s][^()<>\"'\\n]{0,300}?\\.\\w{1,5}(?:#[^()\\s]{0,300})?)\\)";
  /** The text after the brackets, which Flexmark reads as a reference to a link definition. */
  private static final Pattern AFTER_BRACKETS = Pattern.compile("^" + ADDRESS);

  private SpacedAddresses() {}

  /**
   * Whether such an address may be anywhere in {@code source}. Asked once of the whole text,
   * it spares nearly every explainer the look at each piece of text.
   */
  static boolean mayBeIn(String source) {
    // Only where brackets close before a parenthesis is the address tried: finding those
    // with indexOf spares the matcher a try at every character. Nearly every link in the text
    // matches; the space is looked for where each was found, without copying it out.
    Matcher address = AFTER_BRACKETS.matcher(source);
    for (int at = source.indexOf("]("); at >= 0; at = source.indexOf("](", at + 1)) {
      address.region(at + 1, source.length());
      if (address.lookingAt() && holdsSpace(source, address.start(1), address.end(1))) {
        return true;
      }
    }
    return false;
  }

  /** An address shown as text, and where in the source it starts. */
  record Found(int offset, String address) {}

  /** The address shown as text in {@code text}, if it shows one. */
  static Optional<Found> in(Text text) {
    if (!(text.getPrevious() instanceof RefNode)) {
      return Optional.empty();
    }
    Matcher written = AFTER_BRACKETS.matcher(text.getChars());
    return written.find() && holdsSpace(text.getChars(), written.start(1), written.end(1))
        ? Optional.of(new Found(text.getStartOffset() + written.start(1), written.group(1)))
        : Optional.empty();
  }

  private static boolean holdsSpace(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The message for {@code address}, shown as text. */
  static String message(String address) {
    return "`](" + address + ")` shows as text: a space ends a link's address unless it is in "
        + "angle brackets, as in `](<" + address + ">)`";
  }
}
