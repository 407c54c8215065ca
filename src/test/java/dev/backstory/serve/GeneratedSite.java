package dev.backstory.serve;

import dev.backstory.CaseSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a large project for timing: explainers with five questions each, linked to two
 * others, spread over thirty topics, with the repository's templates.
 */
final class GeneratedSite {

  private GeneratedSite() {}

  static void write(Path root, int explainers) throws IOException {
    Path content = Files.createDirectories(root.resolve("content"));
    CaseSite.copyTree(CaseSite.REPO.resolve("templates"), root.resolve("templates"));
    for (int i = 0; i < explainers; i++) {
      Files.writeString(content.resolve(name(i) + ".md"), explainer(i, explainers, "First"));
    }
  }

  static String name(int i) {
    return String.format(Locale.ROOT, "explainer-%04d", i);
  }

  /** One explainer; {@code opening} starts its short answer, so an edit can change it. */
  static String explainer(int i, int count, String opening) {
    StringBuilder text = new StringBuilder();
    text.append("---\n")
        .append("title: \"Why does question ").append(i).append(" matter?\"\n")
        .append("dek: \"A generated explainer for timing builds.\"\n")
        .append("authors: [\"Desk\"]\n")
        .append(String.format(Locale.ROOT, "date: 2023-%02d-%02d%n", 1 + i % 12, 1 + i % 28))
        .append("tags: [\"Topic ").append(i % 30).append("\", \"Topic ").append((i + 7) % 30)
        .append("\"]\n---\n")
        .append(opening).append(" short answer of explainer ").append(i)
        .append(", which leads to [the next one](").append(name((i + 1) % count))
        .append(".md#q2) and [another](").append(name((i + 37) % count)).append(".md).\n\n");
    for (int q = 1; q <= 5; q++) {
      text.append("## What is part ").append(q).append(" of it? {#q").append(q).append("}\n\n");
      for (int p = 0; p < 3; p++) {
        text.append("A paragraph of plain words that stands for the reporting in a real ")
            .append("explainer, with *some emphasis*, a [link to a section](#q1) and enough ")
            .append("length to make rendering do real work on every page of the site.\n\n");
      }
    }
    return text.toString();
  }
}
