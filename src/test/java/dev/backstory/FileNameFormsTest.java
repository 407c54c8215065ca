package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names whose letters are written in another Unicode form than the links to them: macOS
 * keeps names as the program that made them wrote them, often with an accent as a character
 * of its own, and its disk finds either form, so a site that builds there must build on a
 * Linux server too.
 */
class FileNameFormsTest {

  private static final String SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>";

  @TempDir Path temp;

  private static String decomposed(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD);
  }

  private static String composed(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC);
  }

  private static String explainer(String title, String image, String body) {
    return "---\ntitle: \"" + title + "\"\ndate: 2023-09-01\nimage:\n  src: " + image
        + "\n  alt: A square\n---\nShort.\n\n## Where? {#where}\n\n" + body + "\n";
  }

  private CaseSite project() throws IOException {
    return CaseSite.of("-- content/site.yaml --\ntitle: \"Forms\"\n", temp);
  }

  private void write(String contentPath, String text) throws IOException {
    Path file = temp.resolve("content").resolve(contentPath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** The file a link on {@code page} leads to, or the link itself when it leads nowhere. */
  private static Path target(Path page, Element link, String attribute) {
    String href = link.attr(attribute).replaceFirst("#.*", "");
    return page.getParent().resolve(URLDecoder.decode(href, StandardCharsets.UTF_8)).normalize();
  }

  @Test
  void linksFindFilesWhoseNamesAreWrittenInTheOtherForm() throws IOException {
    CaseSite site = project();
    String folder = "images/Hamhŭng";
    write(decomposed("café-talks.md"), explainer("Who met at the café?",
        decomposed(folder) + "/lead.svg", "Text."));
    write(decomposed(folder + "/map.svg"), SVG);
    write(decomposed(folder + "/lead.svg"), SVG);
    write(composed("séance.svg"), SVG);
    write("a.md", explainer("What is A?", composed(folder + "/lead.svg"),
        "See [the talks](" + composed("café-talks.md") + "#where), ![A map](" + composed(folder)
            + "/map.svg) and ![A room](" + decomposed("séance.svg") + ")."));
    assertNotEquals(composed(folder), decomposed(folder));

    CaseSite.Run run = site.run();

    assertEquals(0, run.exitCode(), run.err());
    Path page = site.site().resolve("a/index.html");
    Document document = Jsoup.parse(page.toFile(), "UTF-8");
    Element talks = document.selectFirst("main a:contains(the talks)");
    assertEquals("Who met at the café?", Jsoup.parse(target(page, talks, "href").toFile(),
        "UTF-8").selectFirst("h1").text());
    List<Element> images = document.select("main img");
    assertEquals(List.of("A square", "A map", "A room"), images.stream().map(i -> i.attr("alt"))
        .toList());
    for (Element image : images) {
      Path file = target(page, image, "src");
      assertTrue(Files.isRegularFile(file), image.attr("src"));
      assertEquals(composed(file.toString()), file.toString(),
          "published under its composed name, as the page's address spells it");
    }
  }

  @Test
  void twoFilesWhoseNamesDifferOnlyInFormAreAnError() throws IOException {
    CaseSite site = project();
    write(composed("images/café.svg"), SVG);
    write(decomposed("images/café.svg"), SVG.replace("rect", "circle"));
    write("a.md", explainer("What is A?", composed("images/café.svg"),
        "![Another](" + decomposed("images/café.svg") + ")"));

    CaseSite.Run run = site.run();

    assertEquals(1, run.exitCode());
    assertEquals(List.of(decomposed("content/images/café.svg") + ":1:1: error: this file's name is "
        + "written decomposed (an accent or a Hangul syllable as separate characters), and "
        + composed("content/images/café.svg") + " has the same name written composed; both would "
        + "be published as " + composed("media/images/café.svg") + ", so rename or delete one",
        "1 error in 1 file; site/ was left as it was"),
        run.errRelativeTo(temp).lines().toList());
    assertFalse(Files.exists(site.site()));
  }
}
