package dev.backstory.content;

import dev.backstory.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers what each explainer file loaded to, keyed by its exact text, so a long-running
 * preview re-reads only the files a save changed. A file is loaded afresh whenever its text
 * differs, and every file when the theme's ids differ (a question may have to step aside from
 * one, or may take one the theme gave up); anything else an explainer depends on (images,
 * {@code site.yaml}) is the caller's to watch, by calling {@link #clear()} when it changes.
 *
 * <p>A caller that knows which files were written since the last load (a file watcher does)
 * says so with {@link #edited}; the next load then neither walks the folder nor reads the other
 * files, which on a large site is most of its time.
 */
public final class LoadCache {

  private record Entry(String text, Optional<LoadedExplainer> loaded, List<Diagnostic> problems) {}

  /** How the folder is walked, when it must be. */
  interface Walk {
    List<Path> files() throws IOException;
  }

  private final ConcurrentMap<Path, Entry> entries = new ConcurrentHashMap<>();
  /** The explainer files of the last load, in order. */
  private List<Path> lastFiles;
  /** The same files, each under its absolute name, to match the edits named. */
  private Map<Path, Path> byAbsolute;
  /** The files written since the last load, absolute; null when not known. */
  private Set<Path> edited;
  /** The files the current load must read, as the walk names them; null for all. */
  private volatile Set<Path> toRead;
  /** The theme's ids the remembered explainers were loaded with; null before the first load. */
  private LayoutIds layoutIds;

  /** Forgets everything, for a change the cache cannot see (an image, a renamed folder). */
  public synchronized void clear() {
    entries.clear();
    lastFiles = null;
    byAbsolute = null;
    edited = null;
  }

  /**
   * Says which ids the theme gives its own elements for the coming load. Explainers loaded with
   * others are forgotten, as their questions' ids may change; with the same ones, all is kept.
   */
  synchronized void layoutIds(LayoutIds ids) {
    if (layoutIds != null && !layoutIds.equals(ids)) {
      entries.clear();
    }
    layoutIds = ids;
  }

  /**
   * Says that, since the last load, only these explainer files were written (with those named
   * before a load that did not finish).
   */
  public synchronized void edited(Set<Path> files) {
    if (edited == null) {
      edited = new HashSet<>();
    }
    files.forEach(file -> edited.add(absolute(file)));
  }

  /**
   * The explainer files to load: the last load's, when every file written since is one of them,
   * and otherwise the folder walked again (every file is then read and compared).
   */
  synchronized List<Path> files(Walk walk) throws IOException {
    Set<Path> written = edited;
    if (written != null && lastFiles != null && byAbsolute.keySet().containsAll(written)) {
      Set<Path> read = new HashSet<>();
      written.forEach(file -> read.add(byAbsolute.get(file)));
      toRead = read;
      return lastFiles;
    }
    lastFiles = walk.files();
    byAbsolute = new HashMap<>();
    lastFiles.forEach(file -> byAbsolute.put(absolute(file), file));
    toRead = null;
    return lastFiles;
  }

  /** Says that a load read every file it had to: the edits named so far are in the cache. */
  synchronized void loaded() {
    edited = null;
  }

  /**
   * What {@code file} loaded to last time, when this load need not read it again because it is
   * not among the files written since.
   */
  Optional<Optional<LoadedExplainer>> unread(Path file, List<Diagnostic> problems) {
    Set<Path> read = toRead;
    Entry entry = entries.get(file);
    if (read == null || read.contains(file) || entry == null) {
      return Optional.empty();
    }
    problems.addAll(entry.problems());
    return Optional.of(entry.loaded());
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

  private static Path absolute(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
