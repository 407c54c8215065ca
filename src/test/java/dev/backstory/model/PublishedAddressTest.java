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
      "https://Bücher.example:8443/,    https://xn--bcher-kva.example:8443/",
      // Scheme and host are read in any letter case; the path keeps its own.
      "HTTPS://Example.ORG/News/,       https://example.org/News/",
      "https://example.org/v1.2,        https://example.org/v1.2/",
      "https://EXAMPLE.org:443/x/,      https://example.org/x/",
      "http://example.org:80/,          http://example.org/",
      "https://example.org:/,           https://example.org/",
      "http://example.org:443/,         http://example.org:443/",
      "https://[::1]:443/,              https://[::1]/"})
  void givesTheAddressEndingInASlashInAscii(String written, String published) {
    assertEquals(Optional.of(published), PublishedAddress.of(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org/", "example.org", "/explainers/", "http://",
      "https:///x", "https://example.org/?page=1", "https://example.org/#top",
      "https://e..org/", "https://example.org/a b/", "javascript:alert(1)//",
      "https://example.org/news/index.html", "https://example.org/Index.HTM",
      "https://example.org/feed.xml", "https://example.org:99999/", "https://example.org:0/", "https://example.org//",
      "https://example.org/./a/../b/"})
  void refusesWhatIsNotAnAbsoluteWebAddress(String written) {
    assertEquals(Optional.empty(), PublishedAddress.of(written));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "example.org/news | is not an absolute http or https address, such as https://example.org/explainers/",
      "https://desk:pw@example.org/ | holds a user name or password, which every page would publish in its links, feeds and sitemap; give the address readers use",
      "https://example.org/a b/ | has a space in it; write a space in a path as %20",
      "https://example.org/?page=1 | has a query (`?`) or fragment (`#`), which no address of a page may carry on from it; give the address of the folder the site is served from",
      "https://example.org/news/index.html | names a page, not the folder the site is served from; write https://example.org/news/",
      "https://example.org:99999/ | has port 99999, past the last there is (65535)",
      "https://example.org:0/ | has port 0, which no server listens on",
      "https://example.org/./a/ | has `//`, `./` or `../` in its path; write the path as readers' browsers show it"})
  void saysWhyAnAddressIsRefused(String written, String problem) {
    assertEquals(Optional.empty(), PublishedAddress.of(written));
    assertEquals(problem, PublishedAddress.problem(written));
  }
}
