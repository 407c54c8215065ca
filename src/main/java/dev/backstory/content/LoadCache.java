package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers what each explainer file loaded to, keyed by its exact text, so a long-running
 * preview re-reads only the files a save changed. A file is loaded afresh whenever its text
 * differs; anything else an explainer depends on (images, {@code site.yaml}) is the caller's to
 * watch, by calling {@link #clear()} when it changes.
 */
public final class LoadCache {

  private record Entry(String text, Optional<LoadedExplainer> loaded, List<Diagnostic> problems) {}

  private final ConcurrentMap<Path, Entry> entries = new ConcurrentHashMap<>();

  /** Forgets everything, for a change the cache cannot see (an image, a renamed folder). */
  public void clear() {
    entries.clear();
  }

  /** What {@code file} loaded to when its text was {@code text}, with the problems found. */
  Optional<Optional<LoadedExplainer>> lookup(Path file, String text, List<Diagnostic> problems) {
    Entry entry = entries.get(file);
    if (entry == null || !entry.text().equals(text)) {
      return Optional.empty();
    }
    problems.addAll(entry.problems());
    return Optional.of(entry.loaded());
  }

  void remember(Path file, String text, Optional<LoadedExplainer> loaded,
      List<Diagnostic> problems) {
    entries.put(file, new Entry(text, loaded, List.copyOf(problems)));
  }
}
