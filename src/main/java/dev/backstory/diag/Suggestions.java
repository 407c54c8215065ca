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
   * Edits from one name to the other, a letter in the other case not counted: {@code B.md}
   * is a miswritten {@code b.md} before it is {@code a.md}.
   */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        char x = a.charAt(i - 1);
        char y = b.charAt(j - 1);
        int substitution = previous[j - 1] + (sameLetter(x, y) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static boolean sameLetter(char a, char b) {
    return a == b || Character.toLowerCase(a) == Character.toLowerCase(b);
  }
}
