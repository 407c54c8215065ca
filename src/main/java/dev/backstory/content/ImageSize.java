package dev.backstory.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's intrinsic size, read from its header only, so pages can set {@code width} and
 * {@code height} and reserve the space before the image arrives. Zero when it cannot be told.
 */
public record ImageSize(int width, int height) {

  public static final ImageSize UNKNOWN = new ImageSize(0, 0);
  /** The kinds of image every current browser shows, by their files' extensions. */
  private static final Set<String> SHOWN = Set.of("png", "jpg", "jpeg", "jfif", "pjpeg", "pjp",
      "gif", "webp", "avif", "svg", "apng", "bmp", "ico", "cur");

  private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern NUMBER_ATTRIBUTE =
      Pattern.compile("\\s(width|height)\\s*=\\s*[\"']\\s*([0-9.]+)\\s*(px)?\\s*[\"']");
  private static final Pattern VIEW_BOX = Pattern.compile(
      "\\sviewBox\\s*=\\s*[\"']\\s*[-0-9.]+[\\s,]+[-0-9.]+[\\s,]+([0-9.]+)[\\s,]+([0-9.]+)\\s*[\"']");

  public static ImageSize of(Path file) {
    try {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".svg") ? ofSvg(file) : ofRaster(file);
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  /**
   * Why the image written as {@code written}, whose file is {@code contentPath} and of size
   * {@code size}, will show broken, or empty: a file no browser shows as an image (a text, a
   * PDF) is broken by its kind; every PNG, JPEG and GIF states its size in its
   * first bytes, so one whose size cannot be read is another kind of file. An SVG may leave
   * its size out, and the JDK reads no WebP or AVIF, so those are never called broken.
   */
  public static Optional<String> problem(String written, String contentPath, ImageSize size) {
    String lower = contentPath.toLowerCase(Locale.ROOT);
    String extension = lower.substring(lower.lastIndexOf('.') + 1);
    if (!lower.contains(".") || !SHOWN.contains(extension)) {
      return Optional.of("`" + written + "` is not an image browsers show (such as .png, .jpg, "
          + ".gif, .webp, .avif or .svg), so the page would show it broken; to offer the file, "
          + "link to it with [words](" + written + ")");
    }
    boolean broken = size.equals(UNKNOWN) && (lower.endsWith(".png") || lower.endsWith(".jpg")
        || lower.endsWith(".jpeg") || lower.endsWith(".gif"));
    return broken ? Optional.of("image `" + written + "` cannot be read as the image its name "
        + "says it is (another kind of file, saved under an image's name?); browsers will show "
        + "it broken") : Optional.empty();
  }

  private static ImageSize ofSvg(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8192);
    }
    Matcher root = SVG_ROOT.matcher(new String(head, StandardCharsets.UTF_8));
    if (!root.find()) {
      return UNKNOWN;
    }
    String tag = root.group();
    int width = 0;
    int height = 0;
    Matcher attribute = NUMBER_ATTRIBUTE.matcher(tag);
    while (attribute.find()) {
      int value = (int) Math.round(Double.parseDouble(attribute.group(2)));
      if (attribute.group(1).equals("width")) {
        width = value;
      } else {
        height = value;
      }
    }
    Matcher viewBox = VIEW_BOX.matcher(tag);
    if ((width == 0 || height == 0) && viewBox.find()) {
      width = (int) Math.round(Double.parseDouble(viewBox.group(1)));
      height = (int) Math.round(Double.parseDouble(viewBox.group(2)));
    }
    return width > 0 && height > 0 ? new ImageSize(width, height) : UNKNOWN;
  }

  private static ImageSize ofRaster(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return UNKNOWN;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return UNKNOWN;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new ImageSize(reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    }
  }
}
