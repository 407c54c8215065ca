package dev.backstory.content;

import com.vladsch.flexmark.util.ast.Document;
import dev.backstory.model.Explainer;
import java.util.Objects;

/**
 * An explainer as data, with the Markdown tree it was read from. The tree is kept so the
 * render phase need not parse the file a second time; its headings already carry their ids.
 */
public record LoadedExplainer(Explainer explainer, Document markdown) {
  public LoadedExplainer {
    Objects.requireNonNull(explainer, "explainer");
    Objects.requireNonNull(markdown, "markdown");
  }
}
