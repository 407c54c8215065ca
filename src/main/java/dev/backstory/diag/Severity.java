package dev.backstory.diag;

/** How bad a diagnostic is: errors stop the build at the end of their phase, warnings do not. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word printed in `file:line:col: error: message`. */
  public String label() {
    return label;
  }
}
