package dev.backstory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image of the content folder in an explainer's text, inline or by reference, carries its
 * width and height, read from the file, so the page keeps its place while the image loads. An
 * image whose size cannot be told, and one from another site, carry neither; everything else
 * about the tag is as before. A file that is no image of the kind its name says is a warning,
 * and an image by reference without a description is one where it is shown.
 */
class BodyImageSizeTest {

  @TempDir static Path temp;
  static Document a;
  static Document b;

  @BeforeAll
  static void build() throws Exception {
    CaseSite site = CaseSite.of("""
        -- content/a.md --
        ---
        title: "What do the pictures show?"
        date: 2023-09-01
        ---
        Short ![A chart](images/chart.png "The chart").

        ## Which photos? {#photos}

        ![A "quoted" photo & more](images/photo.jpg) ![A map](images/map.svg)
        ![A sketch](images/sketch.svg) ![Not a picture](images/broken.png)
        ![Elsewhere](https://example.org/elsewhere.png) ![A "chart" by reference][chart]
        ![][chart] ![Not one either][junk]

        [chart]: images/chart.png "By reference"
        [junk]: images/broken.png

        See [B](b.md).
        -- content/b.md --
        ---
        title: "What does B show?"
        date: 2023-09-02
        image:
          src: images/broken.png
          alt: Not a picture either
        ---
        Short.

        ## The same chart? {#same}

        ![The same chart](images/chart.png)

        See [A](a.md).
        -- content/images/map.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"><rect width="300" height="150"/></svg>
        -- content/images/sketch.svg --
        <svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>
        -- content/images/broken.png --
        <html>Session expired</html>
        """, temp);
    ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png",
        temp.resolve("content/images/chart.png").toFile());
    ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg",
        temp.resolve("content/images/photo.jpg").toFile());
    CaseSite.Run run = site.run();
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("content/a.md:10:32: warning: image `images/broken.png` cannot be read "
        + "as the image its name says it is (another kind of file, saved under an image's "
        + "name?); browsers will show it broken",
        "content/a.md:12:1: warning: image `images/chart.png` has no alt text: describe it "
        + "inside the brackets [image-alt]", "content/a.md:12:12: warning: image "
        + "`images/broken.png` cannot be read as the image its name says it is (another kind of "
        + "file, saved under an image's name?); browsers will show it broken",
        "content/b.md:5:8: warning: image "
        + "`images/broken.png` cannot be read as the image its name says it is (another kind of "
        + "file, saved under an image's name?); browsers will show it broken"),
        run.errRelativeTo(temp).lines()
        .filter(line -> line.contains("image `")).toList());
    a = Jsoup.parse(site.site().resolve("a/index.html").toFile(), "UTF-8");
    b = Jsoup.parse(site.site().resolve("b/index.html").toFile(), "UTF-8");
  }

  private static String size(Element image) {
    return image.attr("width") + "x" + image.attr("height");
  }

  @Test
  void imagesOfTheContentFolderCarryTheirSize() {
    List<Element> images = a.select("main section.short-answer img, main section.question img");
    assertEquals(List.of("A chart", "A \u201Cquoted\u201D photo & more", "A map", "A sketch",
        "Not a picture", "Elsewhere", "A \u201Cchart\u201D by reference", "",
        "Not one either"),
        images.stream().map(i -> i.attr("alt")).toList());
    assertEquals(List.of("40x20", "64x48", "300x150", "x", "x", "x", "40x20", "40x20", "x"),
        images.stream().map(BodyImageSizeTest::size).toList());
    assertEquals("By reference", images.get(6).attr("title"));
    for (Element image : images) {
      assertEquals("lazy", image.attr("loading"));
      assertEquals("async", image.attr("decoding"));
    }
    assertEquals("The chart", images.get(0).attr("title"));
    assertFalse(images.get(1).hasAttr("title"));
    assertEquals("https://example.org/elsewhere.png", images.get(5).attr("src"));
  }

  @Test
  void anImageShownByTwoExplainersHasItsSizeOnBoth() {
    Element image = b.selectFirst("main section.question img");
    assertEquals("../media/images/chart.png", image.attr("src"));
    assertEquals("40x20", size(image));
  }
}
