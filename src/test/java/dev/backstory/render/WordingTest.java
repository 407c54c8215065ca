package dev.backstory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.model.Label;
import dev.backstory.model.Labels;
import dev.backstory.model.PartialDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en    | 27 July 2023          | July 2023       | 1 December 1991",
      "EN    | 27 July 2023          | July 2023       | 1 December 1991",
      "en-x-desk | 27 July 2023      | July 2023       | 1 December 1991",
      "tlh   | 27 July 2023          | July 2023       | 1 December 1991",
      "zxx   | 27 July 2023          | July 2023       | 1 December 1991",
      "en-GB | 27 July 2023          | July 2023       | 1 December 1991",
      "en-US | July 27, 2023         | July 2023       | December 1, 1991",
      "de    | 27. Juli 2023         | Juli 2023       | 1. Dezember 1991",
      "fr    | 27 juillet 2023       | juillet 2023    | 1 décembre 1991",
      "es    | 27 de julio de 2023   | julio de 2023   | 1 de diciembre de 1991",
      "ru    | 27 июля 2023 г.       | июль 2023 г.    | 1 декабря 1991 г.",
      "pl    | 27 lipca 2023         | lipiec 2023     | 1 grudnia 1991",
      "he    | 27 ביולי 2023         | יולי 2023       | 1 בדצמבר 1991",
      "ar    | 27 يوليو 2023         | يوليو 2023      | 1 ديسمبر 1991",
      "ja    | 2023年7月27日          | 2023年7月        | 1991年12月1日",
      "ko    | 2023년 7월 27일        | 2023년 7월       | 1991년 12월 1일",
      "hu    | 2023. július 27.      | 2023. július    | 1991. december 1.",
  })
  void readsADateAsTheSitesLanguageWritesIt(String tag, String day, String month,
      String otherDay) {
    Wording dates = new Wording(tag, Labels.ENGLISH);
    assertEquals(day, dates.date(new PartialDate(2023, 7, 27)));
    assertEquals(month, dates.date(new PartialDate(2023, 7, 0)));
    assertEquals(otherDay, dates.date(new PartialDate(1991, 12, 1)));
    assertEquals("1948", dates.date(new PartialDate(1948, 0, 0)));
  }

  @Test
  void aListsLaterPagesAreNamedByTheLabelItsFirstByItsOwnName() {
    Wording german = new Wording("de",
        new Labels(Map.of(Label.LATER_PAGE, "{title} (Seite {page}/{pages})")));
    assertEquals("Zeitleiste", german.numbered("Zeitleiste", 1, 3));
    assertEquals("Zeitleiste (Seite 2/3)", german.numbered("Zeitleiste", 2, 3));
    assertEquals("Timeline, page 3 of 3",
        new Wording("en", Labels.ENGLISH).numbered("Timeline", 3, 3));
  }

  /**
   * Every language the JDK knows words its dates without failing, and a month alone never
   * shows a day: a date pattern that could not be cut would stop the build of such a site.
   */
  @Test
  void everyLanguageTheJdkKnowsWordsADateAndAMonthAlone() {
    for (Locale locale : Locale.getAvailableLocales()) {
      String tag = locale.toLanguageTag();
      if (tag.equals("und")) {
        continue;
      }
      Wording wording = new Wording(tag, Labels.ENGLISH);
      String day = wording.date(new PartialDate(2023, 7, 27));
      String month = wording.date(new PartialDate(2023, 7, 0));
      assertTrue(day.contains("27") && day.contains("2023"), tag + ": " + day);
      assertTrue(month.contains("2023") && !month.contains("27"), tag + ": " + month);
    }
  }
}
