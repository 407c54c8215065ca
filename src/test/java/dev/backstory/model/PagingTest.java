package dev.backstory.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void aGroupRunsOnToTheNextPage() {
    int[] sizes = {3, 0, 4};
    assertEquals(List.of(new Paging.Slice(0, 0, 3), new Paging.Slice(2, 0, 2)),
        Paging.slices(sizes, 1, 5));
    assertEquals(List.of(new Paging.Slice(2, 2, 4)), Paging.slices(sizes, 2, 5));
    assertTrue(Paging.slices(sizes, 2, 5).get(0).continued());
    assertEquals(List.of(), Paging.slices(sizes, 3, 5));
  }

  /**
   * Whatever the groups and the page size, the pages show every entry once, in order, no page
   * more than the page size and every page but the last full.
   */
  @RepeatedTest(50)
  void thePagesShowEveryEntryOnceInOrder(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    int[] sizes = new int[random.nextInt(8)];
    int total = 0;
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
      total += sizes[i];
    }
    int pageSize = 1 + random.nextInt(25);
    int pages = Paging.count(total, pageSize);

    List<String> expected = new ArrayList<>();
    for (int group = 0; group < sizes.length; group++) {
      for (int entry = 0; entry < sizes[group]; entry++) {
        expected.add(group + ":" + entry);
      }
    }
    List<String> shown = new ArrayList<>();
    for (int page = 1; page <= pages + 1; page++) {
      int onPage = 0;
      for (Paging.Slice slice : Paging.slices(sizes, page, pageSize)) {
        assertTrue(slice.from() < slice.to(), "no empty slices: " + slice);
        assertEquals(slice.from() > 0, slice.continued());
        for (int entry = slice.from(); entry < slice.to(); entry++) {
          shown.add(slice.group() + ":" + entry);
        }
        onPage += slice.to() - slice.from();
      }
      int expectedOnPage = page > pages ? 0
          : page < pages ? pageSize : total - (pages - 1) * pageSize;
      assertEquals(expectedOnPage, onPage, "entries on page " + page);
    }
    assertEquals(expected, shown);
  }
}
