package dev.backstory.content;

import dev.backstory.diag.SourcePosition;
import java.util.Arrays;

/**
 * Turns character offsets in a piece of a file into 1-based positions in the whole file.
 * Parsers see only the front matter or only the body; {@code firstLine} adds back the lines
 * that came before. Columns count characters as an editor shows them: an emoji is one, though
 * Java holds it in two. The theme's files are read with it too.
 */
public final class LineMap {

  private final String file;
  private final int firstLine;
  private final String text;
  private final int[] lineStarts;

  public LineMap(String file, String text, int firstLine) {
    this.file = file;
    this.firstLine = firstLine;
    this.text = text;
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** The file as messages name it, such as {@code content/a.md}. */
  String file() {
    return file;
  }

  public SourcePosition at(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    int column = Character.codePointCount(text, lineStarts[line], Math.min(offset, text.length()));
    return new SourcePosition(file, firstLine + line, column + 1);
  }

  /**
   * Where this piece begins, for what concerns it whole. An empty piece, such as the body of
   * a file that ends at its front matter's closing fence, begins on no line of the file, so
   * its start is given as the line before it.
   */
  SourcePosition start() {
    return text.isEmpty() && firstLine > 1
        ? new SourcePosition(file, firstLine - 1, 1) : at(0);
  }

  /** A position from a parser that counts lines and columns from 0 within this piece. */
  SourcePosition atLineColumn(int zeroBasedLine, int zeroBasedColumn) {
    return new SourcePosition(file, firstLine + zeroBasedLine, zeroBasedColumn + 1);
  }
}
