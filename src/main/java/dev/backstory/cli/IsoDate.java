package dev.backstory.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option written YYYY-MM-DD, with a message that shows the form. The JDK would
 * also take a signed year ({@code -0001-01-01}, {@code +10000-01-01}), which no front matter
 * may hold.
 */
final class IsoDate implements ITypeConverter<LocalDate> {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @Override
  public LocalDate convert(String value) {
    if (DAY.matcher(value).matches()) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        // a day no calendar has, such as 2023-02-30: told as any other bad date
      }
    }
    throw new TypeConversionException("'" + value + "' is not a date written YYYY-MM-DD");
  }
}
