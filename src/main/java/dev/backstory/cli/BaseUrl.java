package dev.backstory.cli;

import dev.backstory.model.SiteConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --base-url}: canonical links and feeds are built on it, so it must be absolute. */
final class BaseUrl implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    return SiteConfig.publishedAddress(value).orElseThrow(() -> new TypeConversionException(
        SiteConfig.holdsCredentials(value)
            ? "'" + value + "' holds a user name or password, which every page would publish; "
                + "give the address readers use"
            : "'" + value + "' is not an absolute http or https address, such as "
                + "https://example.org/explainers/"));
  }
}
