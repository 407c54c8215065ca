package dev.backstory.content;

import dev.backstory.model.Explainer;
import java.util.Objects;

/** An explainer as data, with the Markdown body the render phase turns into HTML. */
public record LoadedExplainer(Explainer explainer, MarkdownSource markdown) {
  public LoadedExplainer {
    Objects.requireNonNull(explainer, "explainer");
    Objects.requireNonNull(markdown, "markdown");
  }
}
