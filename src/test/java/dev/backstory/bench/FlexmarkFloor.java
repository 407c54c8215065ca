package dev.backstory.bench;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import dev.backstory.content.MarkdownSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The least any build of the corpus with Flexmark must do, as a process of its own: read each
 * explainer, parse its Markdown (after the front matter) with Backstory's Markdown options,
 * render it to HTML and write that as the explainer's page, on every core. No templates, no
 * links resolved, no other page. The benchmark times it beside the builds it compares, to show
 * how much of a build's time the Markdown library alone takes on the machine.
 *
 * <p>{@code FlexmarkFloor CONTENT OUTPUT}
 */
public final class FlexmarkFloor {

  private FlexmarkFloor() {}

  public static void main(String[] args) throws IOException {
    Path content = Path.of(args[0]);
    Path output = Path.of(args[1]);
    Parser parser = Parser.builder(MarkdownSyntax.OPTIONS).build();
    HtmlRenderer renderer = HtmlRenderer.builder(MarkdownSyntax.OPTIONS).build();
    List<Path> files;
    try (Stream<Path> list = Files.list(content)) {
      files = list.filter(f -> f.toString().endsWith(".md")).toList();
    }
    files.parallelStream().forEach(file -> {
      try {
        String text = Files.readString(file);
        int bodyStart = text.indexOf("\n---\n", 4) + "\n---\n".length();
        String html = renderer.render(parser.parse(text.substring(bodyStart)));
        String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
        Path page = output.resolve(slug).resolve("index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, html, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
