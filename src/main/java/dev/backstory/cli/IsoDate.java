package dev.backstory.cli;

import dev.backstory.model.PartialDate;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option written YYYY-MM-DD, as front matter writes a date, with a message that
 * shows the form. The JDK alone would also take a signed year ({@code -0001-01-01}), which no
 * front matter may hold.
 */
final class IsoDate implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    return PartialDate.parse(value)
        .filter(date -> date.day() != 0)
        .map(date -> LocalDate.of(date.year(), date.month(), date.day()))
        .orElseThrow(() -> new TypeConversionException(value.matches("\\d{4}-\\d{2}-\\d{2}")
            ? "'" + value + "' is not a day of the calendar"
            : "'" + value + "' is not a date written YYYY-MM-DD"));
  }
}
