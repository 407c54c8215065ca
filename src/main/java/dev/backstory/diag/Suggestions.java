package dev.backstory.diag;

import java.util.Collection;
import java.util.Optional;

/** Finds the known name closest to a mistyped one, for "did you mean ...?" hints. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate nearest to {@code wrong} by edit distance, if it is near enough to be a likely
   * typo (at most a third of the longer name changed). Ties go to the first in iteration order,
   * so pass a sorted collection for stable messages.
   */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(wrong, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null || bestDistance > Math.max(2, Math.max(wrong.length(), best.length()) / 3)) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** A " (did you mean X?)" suffix, or nothing. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates).map(c -> " (did you mean " + c + "?)").orElse("");
  }

  /**
   * Edits from one name to the other, a letter in the other case not counted ({@code B.md} is
   * a miswritten {@code b.md} before it is {@code a.md}), and two neighbouring letters swapped
   * counted as one ({@code titel} is {@code title} before it is {@code site}).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        char x = a.charAt(i - 1);
        char y = b.charAt(j - 1);
        d[i][j] = Math.min(d[i - 1][j - 1] + (sameLetter(x, y) ? 0 : 1),
            Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
        if (i > 1 && j > 1 && sameLetter(x, b.charAt(j - 2)) && sameLetter(a.charAt(i - 2), y)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static boolean sameLetter(char a, char b) {
    return a == b || Character.toLowerCase(a) == Character.toLowerCase(b);
  }
}
