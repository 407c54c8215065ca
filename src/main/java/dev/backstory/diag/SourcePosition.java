package dev.backstory.diag;

import java.util.Objects;

/**
 * A place in a source file. Lines and columns are 1-based and count from the top of the file,
 * front matter included, so an editor can jump straight to it.
 *
 * @param file the file as the user knows it (relative to the working folder where possible)
 * @param line 1-based line
 * @param column 1-based column, in characters
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

  public SourcePosition {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file, for problems that concern the file as a whole. */
  public static SourcePosition startOf(String file) {
    return new SourcePosition(file, 1, 1);
  }

  @Override
  public int compareTo(SourcePosition other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
