package dev.backstory.content;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser, matching its patterns without copying the paragraph, and reading
 * link destinations in angle brackets as CommonMark does now. Flexmark
 * reads a match through {@link Matcher#toMatchResult()}, which on Java 17 makes a string of the
 * matcher's whole input, one character at a time through Flexmark's sequence: the rest of the
 * paragraph is copied for every link, at every space after a closing bracket. That was an
 * eighth of the time taken to parse an explainer. The match is the same; only its bounds are
 * read from the matcher itself.
 */
final class RegionMatchingInlineParser extends InlineParserImpl {

  /**
   * Runs of plain characters are taken whole, possessively: a repeated group of one character
   * each would make Java's matcher recurse once a character, and overflow its stack on a long
   * line that opens {@code <} and never closes it.
   */
  private static final Pattern ANGLE_BRACKETED_DESTINATION =
      Pattern.compile("^<(?:[^<>\\r\\n\\\\]++|\\\\[^\\r\\n])*+>");

  RegionMatchingInlineParser(DataHolder options, BitSet specialCharacters,
      BitSet delimiterCharacters, Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors, List<InlineParserExtensionFactory> extensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors,
        linkRefProcessors, extensions);
  }

  /**
   * A link destination in angle brackets may hold spaces, as CommonMark has allowed since 0.29
   * ({@code [map](<my map.svg>)}); Flexmark's pattern, from the spec before, ends the link at
   * the first space and shows it as text. Without brackets, a space still ends the address.
   */
  @Override
  public BasedSequence parseLinkDestination() {
    BasedSequence inAngleBrackets = match(ANGLE_BRACKETED_DESTINATION);
    return inAngleBrackets != null ? inAngleBrackets : super.parseLinkDestination();
  }

  @Override
  public BasedSequence match(Pattern pattern) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = pattern.matcher(input).region(index, input.length());
    if (!matcher.find()) {
      return null;
    }
    index = matcher.end();
    return input.subSequence(matcher.start(), matcher.end());
  }
}
