package dev.backstory.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A long list cut into pages of a fixed size, so that no list page grows with the site. Pages
 * are numbered from 1; an empty list still has its first page.
 */
public final class Paging {

  private Paging() {}

  public static int count(int items, int pageSize) {
    return Math.max(1, (items + pageSize - 1) / pageSize);
  }

  /** The items on page {@code page}. */
  public static <T> List<T> page(List<T> items, int page, int pageSize) {
    int from = Math.min(items.size(), firstIndex(page, pageSize));
    return items.subList(from, Math.min(items.size(), from + pageSize));
  }

  /** The index in the whole list of the first item on page {@code page}. */
  public static int firstIndex(int page, int pageSize) {
    return (page - 1) * pageSize;
  }

  /** The page that shows the item at {@code index}. */
  public static int pageOf(int index, int pageSize) {
    return index / pageSize + 1;
  }

  /**
   * What page {@code page} shows of a list shown in groups (a topic's questions, a year's
   * events): {@code pageSize} entries a page whatever the groups, so a group may run on from
   * one page to the next. Empty groups are on no page.
   *
   * @param groupSizes how many entries each group has, in order
   * @return the part of each group the page shows, in order
   */
  public static List<Slice> slices(int[] groupSizes, int page, int pageSize) {
    long from = (long) (page - 1) * pageSize;
    long to = from + pageSize;
    List<Slice> slices = new ArrayList<>();
    long first = 0;
    for (int group = 0; group < groupSizes.length && first < to; group++) {
      long end = first + groupSizes[group];
      if (end > from && end > first) {
        slices.add(new Slice(group, (int) (Math.max(from, first) - first),
            (int) (Math.min(to, end) - first)));
      }
      first = end;
    }
    return slices;
  }

  /**
   * Entries {@code from} (inclusive) to {@code to} (exclusive) of group number {@code group}.
   */
  public record Slice(int group, int from, int to) {
    /** Whether the group began on an earlier page. */
    public boolean continued() {
      return from > 0;
    }
  }
}
