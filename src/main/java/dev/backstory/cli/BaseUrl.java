package dev.backstory.cli;

import dev.backstory.model.PublishedAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --base-url}: canonical links and feeds are built on it, so it must be absolute. */
final class BaseUrl implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    return PublishedAddress.of(value).orElseThrow(() -> new TypeConversionException(
        "'" + value + "' " + PublishedAddress.problem(value)));
  }
}
