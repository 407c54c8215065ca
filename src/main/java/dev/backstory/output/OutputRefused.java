package dev.backstory.output;

/** The output folder cannot be used without risking the user's own files. */
public final class OutputRefused extends Exception {
  public OutputRefused(String message) {
    super(message);
  }
}
