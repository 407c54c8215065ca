package dev.backstory.model;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The site's wording of each {@link Label}: English unless {@code site.yaml} gives another.
 *
 * @param texts the labels the site words itself; the rest are English
 */
public record Labels(Map<Label, String> texts) {

  public static final Labels ENGLISH = new Labels(Map.of());

  public Labels {
    texts = Map.copyOf(texts);
    texts.forEach((label, text) -> {
      if (!label.unknownPlaceholders(text).isEmpty()) {
        throw new IllegalArgumentException(label.key() + " has no placeholder in: " + text);
      }
    });
  }

  /**
   * The label's text with its placeholders filled in.
   *
   * @param values one for each of the label's {@link Label#placeholders()}, in their order
   */
  public String text(Label label, String... values) {
    return text(label, UnaryOperator.identity(), values);
  }

  /**
   * The label with each piece of its own text passed through {@code literal} (an escaper, for
   * a label filled with HTML) and its placeholders filled in, one value for each, in order.
   */
  public String text(Label label, UnaryOperator<String> literal, String... values) {
    if (values.length != label.placeholders().size()) {
      throw new IllegalArgumentException(label + " takes " + label.placeholders());
    }
    return label.fill(texts.getOrDefault(label, label.english()), literal, values);
  }
}
