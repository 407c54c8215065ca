package dev.backstory.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code baseUrl} and {@code --base-url}: every absolute URL of the site starts with it. */
class PublishedAddressTest {

  @ParameterizedTest
  @CsvSource({
      "https://example.org/explainers/, https://example.org/explainers/",
      "https://example.org/explainers,  https://example.org/explainers/",
      "http://[::1]:8080/x/,            http://[::1]:8080/x/",
      "https://example.org/a%20b/,      https://example.org/a%20b/",
      // Sitemaps and feeds take ASCII addresses only: another script's domain and path are
      // spelled the way browsers send them.
      "https://例え.jp/ニュース/,"
          + "https://xn--r8jz45g.jp/%E3%83%8B%E3%83%A5%E3%83%BC%E3%82%B9/",
      "https://Bücher.example:8443/,    https://xn--bcher-kva.example:8443/"})
  void givesTheAddressEndingInASlashInAscii(String written, String published) {
    assertEquals(Optional.of(published), SiteConfig.publishedAddress(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org/", "example.org", "/explainers/", "http://",
      "https:///x", "https://example.org/?page=1", "https://example.org/#top",
      "https://e..org/", "https://example.org/a b/", "javascript:alert(1)//"})
  void refusesWhatIsNotAnAbsoluteWebAddress(String written) {
    assertEquals(Optional.empty(), SiteConfig.publishedAddress(written));
  }
}
