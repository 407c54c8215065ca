package dev.backstory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Open Graph writes a locale as language and territory only, joined by an underscore. */
class OpenGraphLocaleTest {

  @ParameterizedTest
  @CsvSource({
      "en, en",
      "en-GB, en_GB",
      "pt-BR, pt_BR",
      "zh-Hant-TW, zh_TW",
      "sr-Latn-RS, sr_RS",
      "de-CH-1996, de_CH",
      "he, he",
      "ar, ar"})
  void aLanguageTagKeepsItsLanguageAndTerritory(String language, String locale) {
    assertEquals(locale, ViewBuilder.ogLocale(language));
  }
}
