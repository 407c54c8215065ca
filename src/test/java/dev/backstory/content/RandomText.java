package dev.backstory.content;

import java.util.Random;

/** Text for the property tests of what reads Markdown: pieces of syntax, drawn at random. */
final class RandomText {

  private RandomText() {}

  /** {@code count} pieces, each drawn from {@code pieces}, one after another. */
  static String of(Random random, String[] pieces, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
