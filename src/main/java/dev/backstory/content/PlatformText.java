package dev.backstory.content;

/**
 * Text the JVM decoded with the system's charset: file names and the command line. Where the
 * locale names no UTF-8 charset (as in many containers, where {@code LANG} is unset) that
 * charset is ASCII, and every other letter comes back as U+FFFD, which would become a slug of
 * replacement characters.
 */
public final class PlatformText {

  private PlatformText() {}

  /** Whether some of {@code text} could not be decoded. */
  public static boolean isLost(String text) {
    return text.indexOf('\uFFFD') >= 0;
  }

  /** Why text came back lost, and what to do; follows "this file's name cannot be read". */
  public static String why() {
    return readsUtf8() ? "it is not valid UTF-8"
        : "Java reads file names and arguments as " + charset() + " here, because the system's "
            + "locale is not a UTF-8 one; set LANG=C.UTF-8 (or another UTF-8 locale) and try again";
  }

  /**
   * For a file not found: why, when its name has letters this JVM cannot look up by, or
   * nothing. The file may well be there.
   */
  public static String whyNotFound(String name) {
    return !readsUtf8() && name.chars().anyMatch(c -> c > 0x7F) ? "; " + why() : "";
  }

  private static boolean readsUtf8() {
    return charset().equalsIgnoreCase("UTF-8");
  }

  private static String charset() {
    return System.getProperty("sun.jnu.encoding", "");
  }
}
