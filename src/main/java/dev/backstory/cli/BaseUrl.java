package dev.backstory.cli;

import dev.backstory.model.SiteConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --base-url}: canonical links and feeds are built on it, so it must be absolute. */
final class BaseUrl implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    return SiteConfig.publishedAddress(value).orElseThrow(() -> new TypeConversionException(
        "'" + value + "' is not an absolute http or https address, such as "
            + "https://example.org/explainers/"));
  }
}
