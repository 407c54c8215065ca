package dev.backstory.model;

import java.util.List;

/**
 * A long list of explainers cut into pages of the site's page size, so that no list page grows
 * with the site. Pages are numbered from 1; an empty list still has its first page.
 */
public final class Paging {

  private Paging() {}

  public static int count(int items, int pageSize) {
    return Math.max(1, (items + pageSize - 1) / pageSize);
  }

  /** The items on page {@code page}. */
  public static <T> List<T> page(List<T> items, int page, int pageSize) {
    int from = Math.min(items.size(), (page - 1) * pageSize);
    return items.subList(from, Math.min(items.size(), from + pageSize));
  }

  /** The page that shows the item at {@code index}. */
  public static int pageOf(int index, int pageSize) {
    return index / pageSize + 1;
  }
}
