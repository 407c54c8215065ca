package dev.backstory.content;

import dev.backstory.model.Explainer;
import java.util.Objects;

/** An explainer as data, with its body as HTML for the render phase to finish. */
public record LoadedExplainer(Explainer explainer, BodyHtml body) {
  public LoadedExplainer {
    Objects.requireNonNull(explainer, "explainer");
    Objects.requireNonNull(body, "body");
  }
}
