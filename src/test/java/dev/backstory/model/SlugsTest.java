package dev.backstory.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "How close, then and now?|how-close-then-and-now",
      "Previous signs of military cooperation, weapons transfers?|previous-signs-of-military-cooperation-weapons-transfers",
      "Failed ‘satellite’ launch|failed-satellite-launch",
      "Kim's first trip|kims-first-trip",
      "북한과 러시아는 왜 서로 필요한가?|북한과-러시아는-왜-서로-필요한가",
      "Почему Путину нужен Ким?|почему-путину-нужен-ким",
      "Pyŏngyang et Moscou: l’été décisif|pyongyang-et-moscou-lete-decisif",
      "  --Too   many -- dashes--  |too-many-dashes",
      "2023: the year|2023-the-year",
      "???|section",
      "北朝鮮とロシアはなぜ接近しているのか?|北朝鮮とロシアはなぜ接近しているのか",
      "ガザはなぜ重要なのか?|ガザはなぜ重要なのか",
      "भारत क्यों चिंतित है?|भारत-क्यों-चिंतित-है",
      "Почему Шойгу поехал в Пхеньян?|почему-шойгу-поехал-в-пхеньян",
      "Йемен и Ёлка|йемен-и-ёлка",
      "Is 2 + 2 = 4?|is-2-2-4",
      "What's next for C++?|whats-next-for-c",
      "Did prices rise 5% to $100 or €90?|did-prices-rise-5-to-100-or-90",
      "30°C in Pyongyang|30-c-in-pyongyang",
      "🇰🇵 and 🇷🇺 talks|kp-and-ru-talks",
  })
  void slugs(String text, String slug) {
    assertEquals(slug, Slugs.of(text));
  }

  @Test
  void emojiAreNamedNotDropped() {
    assertEquals("rocket-launch", Slugs.of("🚀 launch"));
    assertNotEquals(Slugs.of("🚀 launch"), Slugs.of("launch"));
    assertNotEquals(Slugs.of("🚀"), Slugs.of("🛰"));
  }

  @Test
  void anyTextGivesANonEmptySlugWithoutDoubledOrEdgeDashes() {
    Random random = new Random(42);
    for (int i = 0; i < 5000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(10) == 0 ? random.nextInt(400) : random.nextInt(20);
      for (int j = 0; j < length; j++) {
        int cp = random.nextInt(4) == 0 ? 0x1F300 + random.nextInt(0x300) : random.nextInt(0xD7FF);
        text.appendCodePoint(cp);
      }
      String slug = Slugs.of(text.toString());
      assertFalse(slug.isEmpty(), text::toString);
      assertFalse(slug.contains("--"), () -> slug + " from " + text);
      assertFalse(slug.startsWith("-") || slug.endsWith("-"), () -> slug + " from " + text);
      assertTrue(slug.codePoints().noneMatch(Character::isWhitespace));
      assertEquals(slug, Slugs.of(slug), "a slug is its own slug");
      assertTrue(slug.getBytes(StandardCharsets.UTF_8).length <= Slugs.MAX_BYTES, slug);
    }
  }

  @Test
  void aLongSlugIsCutAfterItsLastWholeWordThatFits() {
    String words = "why-do-kim-jong-un-and-vladimir-putin-need-each-other-".repeat(10);
    String slug = Slugs.of(words);
    assertTrue(slug.length() <= Slugs.MAX_BYTES && slug.length() > Slugs.MAX_BYTES - 12, slug);
    assertTrue(words.startsWith(slug + "-"), slug);
    String symbols = Slugs.of("\uFFFD".repeat(40));
    assertTrue(symbols.length() <= Slugs.MAX_BYTES, symbols);
    assertTrue(symbols.endsWith("-replacement-character"), symbols);
    String korean = Slugs.of("북한과러시아는".repeat(30));
    assertEquals(Slugs.MAX_BYTES / 3, korean.length(), "a word longer than the limit is cut within");
  }
}
