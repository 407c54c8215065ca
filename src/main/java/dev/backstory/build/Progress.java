package dev.backstory.build;

/** Hears how far a long build has got, so a command line can show it. */
@FunctionalInterface
public interface Progress {
  Progress SILENT = (done, total) -> { };

  /** Called from any thread after each page is rendered. */
  void pages(int done, int total);
}
