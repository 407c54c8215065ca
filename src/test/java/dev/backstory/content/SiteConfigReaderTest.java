package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.diag.Diagnostic;
import dev.backstory.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings of site.yaml that go into every page as addresses and attributes. */
class SiteConfigReaderTest {

  @TempDir Path content;
  private final List<Diagnostic> problems = new ArrayList<>();

  /** {@code language} becomes each page's {@code lang}: screen readers choose a voice by it. */
  @ParameterizedTest
  @ValueSource(strings = {"en", "en-GB", "pt-BR", "zh-Hant-TW", "de-CH-1996", "yue", "sr-Latn"})
  void takesLanguageTagsAsWritten(String tag) throws IOException {
    Optional<SiteConfig> config = read("language: \"" + tag + "\"");
    assertEquals(List.of(), problems);
    assertEquals(tag, config.orElseThrow().language());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "English   | ; for English write `en`",
      "english!  | ; for english write `en`",
      "Deutsch   | ; for Deutsch write `de`",
      "français  | ; for français write `fr`",
      "en_GB     | ; write `en-GB`",
      "zz        | ''",
      "x-klingon | ''",
      "en--GB    | ''",
      "e         | ''"})
  void refusesAnyOtherLanguageNamingTheTagMeant(String value, String hint) throws IOException {
    assertTrue(read("language: \"" + value + "\"").isEmpty());
    assertEquals(List.of("content/site.yaml:3:11: error: `language` must be a language tag "
            + "such as en, en-GB or pt-BR, not `" + value + "`" + hint), messages());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.net/logo.png", "http://example.net/a/logo.svg",
      "https://例え.jp/ロゴ.png",
      "assets/logo.png", "/assets/logo.png", "images/our logo.png"})
  void takesALogoAddressOrAPathUnderTheSiteRoot(String logo) throws IOException {
    Optional<SiteConfig> config = read("publisherLogo: \"" + logo + "\"");
    assertEquals(List.of(), problems);
    assertEquals(logo, config.orElseThrow().publisherLogo());
  }

  /** Each of these once went into the structured data as written, or stopped the build. */
  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "data:image/png;base64,AAAA", "mailto:a@b.org",
      "ftp://example.net/logo.png", "http://", "../logo.png", "assets/../../logo.png",
      "//example.net/logo.png", "logo.png?v=2", "assets\\logo.png"})
  void refusesAnyOtherLogo(String logo) throws IOException {
    assertTrue(read("publisherLogo: '" + logo + "'").isEmpty());
    assertEquals(List.of("content/site.yaml:3:16: error: `publisherLogo` must be an http or https "
        + "address, or a path under the site root such as assets/logo.png, not `" + logo + "`"),
        messages());
  }

  private Optional<SiteConfig> read(String setting) throws IOException {
    Files.writeString(content.resolve("site.yaml"),
        "title: T\nbaseUrl: \"https://example.org/\"\n" + setting + "\n");
    return SiteConfigReader.read(content, "content", problems);
  }

  private List<String> messages() {
    return problems.stream().map(Diagnostic::toString).toList();
  }
}
