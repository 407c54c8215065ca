package dev.backstory.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WritingDirectionTest {

  @ParameterizedTest
  @CsvSource({
      "en, ltr", "en-GB, ltr", "ko, ltr", "ru, ltr", "zh-Hant-TW, ltr",
      "ar, rtl", "ar-EG, rtl", "he, rtl", "iw, rtl", "fa-IR, rtl", "ur, rtl", "yi, rtl",
      "ckb, rtl", "dv, rtl",
      // A script named in the tag decides over the language's usual one.
      "ks-Arab, rtl", "pa-Arab, rtl", "az-Arab-IR, rtl", "uz-Arab, rtl",
      "pa, ltr", "ar-Latn, ltr", "ku-Latn, ltr", "ug-Cyrl, ltr",
  })
  void takesTheDirectionFromTheScriptElseTheLanguage(String tag, String direction) {
    assertEquals(direction, WritingDirection.of(tag));
  }
}
