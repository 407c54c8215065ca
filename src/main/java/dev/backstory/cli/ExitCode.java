package dev.backstory.cli;

/** The exit codes of every command; the README lists them. */
final class ExitCode {
  static final int OK = 0;
  /** The content or templates have errors; nothing was written. */
  static final int CONTENT_ERRORS = 1;
  /** The command line itself was wrong. */
  static final int USAGE = 2;
  /** Reading or writing files failed (permissions, a full disk). */
  static final int IO_FAILURE = 3;
  /** The JVM ran out of memory; the site needs a larger heap. */
  static final int OUT_OF_MEMORY = 4;
  /** A bug in Backstory. */
  static final int INTERNAL = 70;

  private ExitCode() {}
}
