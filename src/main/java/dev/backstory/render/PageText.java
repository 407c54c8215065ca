package dev.backstory.render;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A page as the template writes it, kept as text and encoded once at the end. Writing through
 * an encoding writer turned every one of a template's many small writes into a round of
 * encoding, about a quarter of the time templates took; and unlike {@link java.io.StringWriter}
 * this takes no lock, as one thread writes a page.
 */
final class PageText extends Writer {

  /**
   * More characters than any page holds: an explainer of ten megabytes of Markdown renders to
   * less than half of it. A template that writes without end (a {@code #list} of {@code 1..})
   * stops here, as an error, before it runs the build out of memory.
   */
  static final int LIMIT = 32 * 1024 * 1024;

  private final StringBuilder text = new StringBuilder(32 * 1024);

  /** A page past {@link #LIMIT}, and where its template was writing then. */
  static final class TooLong extends IOException {
    private final transient Optional<TemplateElement> writing;

    TooLong(Optional<TemplateElement> writing) {
      super("a page longer than " + LIMIT + " characters");
      this.writing = writing;
    }

    Optional<TemplateElement> writing() {
      return writing;
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws TooLong {
    text.append(chars, offset, length);
    checkLength();
  }

  @Override
  public void write(String string, int offset, int length) throws TooLong {
    text.append(string, offset, offset + length);
    checkLength();
  }

  @Override
  public void write(int c) throws TooLong {
    text.append((char) c);
    checkLength();
  }

  @Override
  public Writer append(CharSequence chars) throws TooLong {
    text.append(chars);
    checkLength();
    return this;
  }

  private void checkLength() throws TooLong {
    if (text.length() > LIMIT) {
      // The template writes on this thread: its place is known now, and unwound once thrown.
      throw new TooLong(RenderingPlace.of(Environment.getCurrentEnvironment()));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  byte[] utf8() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
