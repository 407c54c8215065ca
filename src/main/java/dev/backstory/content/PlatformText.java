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
    String charset = System.getProperty("sun.jnu.encoding", "");
    return charset.equalsIgnoreCase("UTF-8") ? "it is not valid UTF-8"
        : "Java reads file names and arguments as " + charset + " here, because the system's "
            + "locale is not a UTF-8 one; set LANG=C.UTF-8 (or another UTF-8 locale) and try again";
  }
}
