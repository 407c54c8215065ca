package dev.backstory.content;

import dev.backstory.diag.SourcePosition;
import java.util.Map;
import java.util.Optional;

/**
 * The ids the theme gives elements of its own, each with where the theme writes it, read from
 * the theme before the content so that no question takes one of them.
 *
 * @param ids each id, and the place in a template or script that writes it
 */
public record LayoutIds(Map<String, SourcePosition> ids) {

  /** No theme's ids: only those every page keeps (see {@link IdRegistry}) are refused. */
  public static final LayoutIds NONE = new LayoutIds(Map.of());

  public LayoutIds {
    ids = Map.copyOf(ids);
  }

  /** Where the theme writes {@code id}, if it does. */
  Optional<SourcePosition> writtenAt(String id) {
    return Optional.ofNullable(ids.get(id));
  }
}
