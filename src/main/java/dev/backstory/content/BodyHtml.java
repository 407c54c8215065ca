package dev.backstory.content;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An explainer's body as HTML, rendered once while the file is loaded, from the tree the load
 * phase read anyway. What only later phases know is left as a numbered hole: the href of each
 * link (resolved against the whole site), each {@code [[...]]} reference (its target's title),
 * each quoted speaker (whether they have a page), each image's size. The render phase fills
 * the holes for the page.
 *
 * <p>The HTML is kept rather than the tree, which takes about four times the memory of its
 * text: a site holds every explainer between the two phases, which decides whether a
 * 100,000-explainer site can be built at all. Two bodies are the same only if they are the same
 * object: a preview keeps the body of each file it did not re-read.
 */
public final class BodyHtml {

  /**
   * Where a question section starts: the attributes written after its heading, as HTML, then
   * {@link #QUESTION_HEADING}, its heading's inline HTML and {@link #QUESTION_BODY}.
   */
  public static final String QUESTION_START = "\u0000Q";
  /** Where a question heading's attributes end and its inline HTML starts. */
  public static final String QUESTION_HEADING = "\u0000T";
  /** Where a question's heading ends and its body starts. */
  public static final String QUESTION_BODY = "\u0000B";
  /**
   * Where an included question goes: this, the reference as written, {@link #INCLUDE_END}. The
   * page puts the section there once every explainer is rendered.
   */
  public static final String INCLUDE_START = "\u0000I";
  public static final String INCLUDE_END = "\u0000";
  // Flexmark turns NUL in the input into U+FFFD, so no content can forge these markers.
  static final String HOLE_START = "\u0000H";
  static final char HOLE_END = '\u0000';

  /** What a hole stands for. */
  public enum HoleKind {
    /** The value of a link's or image's {@code href} or {@code src}. */
    HREF,
    /** A whole {@code [[...]]} reference. */
    WIKI_LINK,
    /** A quoted speaker's name in a quote's caption. */
    SPEAKER,
    /**
     * An image's {@code width} and {@code height} attributes, so the page keeps its place
     * while it loads; nothing when its size cannot be told.
     */
    IMAGE_SIZE
  }

  /**
   * @param written the text the hole stands for, as written: a link's target, a reference's
   *     target, a speaker's name
   * @param shown the text to show when nothing resolves it (the reference's whole source for
   *     {@code [[...]]}), not yet escaped
   */
  public record Hole(HoleKind kind, String written, String shown) {
    public Hole {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(written, "written");
      Objects.requireNonNull(shown, "shown");
    }
  }

  // As UTF-8: most prose is ASCII, which Java strings would store in two bytes a character as
  // soon as one curly quote or dash appears.
  private final byte[] html;
  private final List<Hole> holes;

  BodyHtml(String html, List<Hole> holes) {
    this.html = html.getBytes(StandardCharsets.UTF_8);
    this.holes = List.copyOf(holes);
  }

  /** The HTML with each hole replaced by the HTML {@code fill} gives for it. */
  public String fill(Function<Hole, String> fill) {
    String text = new String(html, StandardCharsets.UTF_8);
    if (holes.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + holes.size() * 32);
    int from = 0;
    for (int at = text.indexOf(HOLE_START); at >= 0; at = text.indexOf(HOLE_START, from)) {
      int end = text.indexOf(HOLE_END, at + HOLE_START.length());
      out.append(text, from, at)
          .append(fill.apply(holes.get(Integer.parseInt(text, at + HOLE_START.length(), end, 10))));
      from = end + 1;
    }
    return out.append(text, from, text.length()).toString();
  }

  /** The marker of hole number {@code index}. */
  static String hole(int index) {
    return HOLE_START + index + HOLE_END;
  }
}
