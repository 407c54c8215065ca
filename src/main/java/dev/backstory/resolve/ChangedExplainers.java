package dev.backstory.resolve;

import dev.backstory.model.Explainer;
import java.util.ArrayList;
import java.util.List;

/**
 * Which explainers a rebuild changed, for the indexes that a rebuild updates instead of making
 * again. An explainer the rebuild did not read again is the very same object as before.
 */
final class ChangedExplainers {

  private ChangedExplainers() {}

  /**
   * The positions at which {@code now} holds a different object from {@code before}, or null
   * when the two are not the same explainers in the same order.
   */
  static List<Integer> positions(List<Explainer> before, List<Explainer> now) {
    if (before.size() != now.size()) {
      return null;
    }
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < now.size(); i++) {
      if (before.get(i) != now.get(i)) {
        if (!before.get(i).slug().equals(now.get(i).slug())) {
          return null;
        }
        changed.add(i);
      }
    }
    return changed;
  }
}
