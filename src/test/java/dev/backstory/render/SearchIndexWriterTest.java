package dev.backstory.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class SearchIndexWriterTest {

  @Test
  void anIndexWithinTheBudgetIsOnePart() {
    assertEquals(1, SearchIndexWriter.parts(List.of(new byte[10], new byte[10]), 100).size());
    assertEquals(List.of(List.of()), SearchIndexWriter.parts(List.of(), 100));
  }

  /**
   * Whatever the sizes, the parts hold every entry once, in order, none empty, each within the
   * budget (entries and the commas between them) unless it is one entry bigger than it.
   */
  @RepeatedTest(50)
  void partsKeepEveryEntryInOrderWithinTheBudget(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    int budget = 1 + random.nextInt(200);
    List<byte[]> entries = new ArrayList<>();
    for (int i = random.nextInt(40); i > 0; i--) {
      entries.add(new byte[random.nextInt(2 * budget)]);
    }
    List<List<byte[]>> parts = SearchIndexWriter.parts(entries, budget);
    List<byte[]> joined = new ArrayList<>();
    for (List<byte[]> part : parts) {
      assertFalse(part.isEmpty() && !entries.isEmpty(), "an empty part");
      long bytes = part.stream().mapToLong(entry -> entry.length).sum() + part.size() - 1;
      assertTrue(bytes <= budget || part.size() == 1, bytes + " bytes in " + part.size());
      joined.addAll(part);
    }
    assertEquals(entries, joined);
  }
}
