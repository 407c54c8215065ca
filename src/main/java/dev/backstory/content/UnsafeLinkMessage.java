package dev.backstory.content;

import dev.backstory.diag.Severity;

/** The one wording for a refused script or data URL, wherever it was written. */
public final class UnsafeLinkMessage {

  private UnsafeLinkMessage() {}

  /**
   * @param scheme the refused scheme, such as {@code javascript}
   * @param severity an error stops the build; a warning drops the link and builds on
   */
  public static String of(String scheme, Severity severity) {
    return "`" + scheme + ":` URLs are refused because they can run code in the reader's "
        + "browser; " + (severity == Severity.ERROR
            ? "link to a page instead" : "it is shown as plain text");
  }
}
