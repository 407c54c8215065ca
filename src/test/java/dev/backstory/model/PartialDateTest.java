package dev.backstory.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void readsYearsMonthsAndDays() {
    assertEquals(new PartialDate(1948, 0, 0), PartialDate.parse("1948").orElseThrow());
    assertEquals(new PartialDate(2021, 1, 0), PartialDate.parse("2021-01").orElseThrow());
    assertEquals(new PartialDate(1991, 12, 1), PartialDate.parse("1991-12-01").orElseThrow());
    assertEquals("2021-01", PartialDate.parse("2021-01").orElseThrow().iso());
  }

  @Test
  void refusesWhatIsNotADate() {
    for (String text : List.of("", "48", "2023-13", "2023-02-30", "2023/01/01", "July 2023")) {
      assertTrue(PartialDate.parse(text).isEmpty(), text);
    }
  }

  @Test
  void lessPreciseDatesSortFirstWithinTheirPeriod() {
    List<String> sorted = Stream.of("2023-07-27", "2023", "1948", "2023-07", "2020-01")
        .map(t -> PartialDate.parse(t).orElseThrow()).sorted().map(PartialDate::iso).toList();
    assertEquals(List.of("1948", "2020-01", "2023", "2023-07", "2023-07-27"), sorted);
  }
}
