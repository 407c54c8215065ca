package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.diag.Diagnostic;
import dev.backstory.model.Label;
import dev.backstory.model.Labels;
import dev.backstory.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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

  @Test
  void takesLabelsForTheWordsBackstoryWritesAndKeepsEnglishForTheRest() throws IOException {
    Labels labels = read("""
        labels:
          laterPage: "{title}, Seite {page} von {pages}"
          topicDescription: "Erklärstücke zum Thema {topic}"
          searchTitle: "Suche"
        """).orElseThrow().labels();
    assertEquals(List.of(), problems);
    assertEquals("Zeitleiste, Seite 2 von 3",
        labels.text(Label.LATER_PAGE, "Zeitleiste", "2", "3"));
    assertEquals("Erklärstücke zum Thema Wirtschaft",
        labels.text(Label.TOPIC_DESCRIPTION, "Wirtschaft"));
    assertEquals("Suche", labels.text(Label.SEARCH_TITLE));
    assertEquals("Page not found", labels.text(Label.NOT_FOUND_TITLE));
    assertEquals("&lt;b&gt; <i>x</i>", new Labels(Map.of(Label.INCLUDED_LINK, "<b> {question}"))
        .text(Label.INCLUDED_LINK, t -> t.replace("<", "&lt;").replace(">", "&gt;"), "<i>x</i>"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "laterPage: '{title}, Seite {seite}' | 4:14: error: label `laterPage` has no placeholder "
          + "{seite}; it takes {title}, {page}, {pages}",
      "searchTitle: 'Suche {query}'        | 4:16: error: label `searchTitle` has no placeholder "
          + "{query}; it takes none",
  })
  void refusesALabelWithAPlaceholderItHasNot(String label, String message) throws IOException {
    assertTrue(read("labels:\n  " + label).isEmpty());
    assertEquals(List.of("content/site.yaml:" + message), messages());
  }

  @Test
  void aLabelNotKnownIsWarnedWithTheNameMeant() throws IOException {
    Labels labels = read("labels:\n  serchTitle: Suche\n  notFoundTitle: ' '").orElseThrow()
        .labels();
    assertEquals(List.of("content/site.yaml:4:3: warning: unknown key `serchTitle` in `labels` "
        + "is ignored (did you mean searchTitle?)"), messages());
    assertEquals("Search", labels.text(Label.SEARCH_TITLE));
    assertEquals("Page not found", labels.text(Label.NOT_FOUND_TITLE), "empty keeps English");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Asia/Seoul", "UTC", "+09:00", "America/Argentina/Buenos_Aires"})
  void takesATimeZone(String zone) throws IOException {
    assertEquals(ZoneId.of(zone), read("timeZone: \"" + zone + "\"").orElseThrow().timeZone());
    assertEquals(List.of(), problems);
  }

  @Test
  void withoutATimeZoneTheSiteNamesNone() throws IOException {
    SiteConfig config = read("").orElseThrow();
    assertEquals(null, config.timeZone());
    assertEquals(java.time.LocalDate.now(ZoneId.systemDefault()), config.today());
  }

  @Test
  void refusesAnyOtherTimeZoneNamingTheZoneMeant() throws IOException {
    assertTrue(read("timeZone: \"Asia/Seol\"").isEmpty());
    assertEquals(List.of("content/site.yaml:3:11: error: `timeZone` must be a time zone such as "
        + "Asia/Seoul, Europe/Berlin or UTC, not `Asia/Seol` (did you mean Asia/Seoul?)"),
        messages());
  }

  @Test
  void theReadmeGivesEveryLabelWithItsEnglishWording() throws IOException {
    Matcher block = Pattern.compile("```yaml\n(labels:\n.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(Path.of("README.md")));
    assertTrue(block.find(), "the README's labels");
    Labels labels = read(block.group(1)).orElseThrow().labels();
    assertEquals(List.of(), problems);
    for (Label label : Label.values()) {
      assertEquals(label.english(), labels.texts().get(label), label.key());
    }
  }

  private Optional<SiteConfig> read(String setting) throws IOException {
    Files.writeString(content.resolve("site.yaml"),
        "title: T\nbaseUrl: \"https://example.org/\"\n" + setting + "\n");
    return SiteConfigReader.read(new ContentFiles(content), "content", problems);
  }

  private List<String> messages() {
    return problems.stream().map(Diagnostic::toString).toList();
  }
}
