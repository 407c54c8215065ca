package dev.backstory.model;

import java.util.Objects;

/**
 * The image at the top of an explainer.
 *
 * @param path where the file lives, relative to the content folder, with {@code /} separators
 * @param width intrinsic width in pixels, or 0 when it could not be read
 * @param height intrinsic height in pixels, or 0 when it could not be read
 */
public record LeadImage(
    String path, String alt, String caption, String credit, String license, int width, int height) {
  public LeadImage {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(alt, "alt");
  }
}
