package dev.backstory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EveryCoreTest {

  @Test
  void mapKeepsTheItemsOrderAndTheirNullResults() {
    List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
    List<String> mapped = EveryCore.map(items, n -> n % 7 == 0 ? null : "item " + n);
    assertEquals(items.size(), mapped.size());
    for (int n : items) {
      assertEquals(n % 7 == 0 ? null : "item " + n, mapped.get(n));
    }
    assertEquals(List.of(), EveryCore.map(List.of(), n -> n));
  }

  @Test
  void eachItemIsWorkedOnExactlyOnce() {
    for (int count : new int[] {0, 1, 2, 3, 1_000}) {
      AtomicIntegerArray calls = new AtomicIntegerArray(count);
      EveryCore.forEach(count, calls::incrementAndGet);
      for (int i = 0; i < count; i++) {
        assertEquals(1, calls.get(i), "item " + i + " of " + count);
      }
    }
  }

  /**
   * One slow item holds up only its own thread: the other thread takes every other item
   * meanwhile. A parallel stream would have handed the slow item's thread a quarter of the
   * items before starting, and this item would wait for them in vain.
   */
  @Test
  void aSlowItemLeavesTheRestToTheOtherThreads() throws InterruptedException {
    int count = 200;
    CountDownLatch othersDone = new CountDownLatch(count - 1);
    List<Boolean> sawOthersDone = EveryCore.map(IntStream.range(0, count).boxed().toList(), n -> {
      if (n == 0) {
        try {
          return othersDone.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      othersDone.countDown();
      return true;
    });
    assertTrue(sawOthersDone.get(0), "the first item waited while no other thread took the rest");
  }

  @Test
  void theFirstFailureReachesTheCallerAsItselfAndStopsTheWork() {
    UncheckedIOException failure = new UncheckedIOException(new IOException("disk full"));
    AtomicInteger started = new AtomicInteger();
    UncheckedIOException thrown = assertThrows(UncheckedIOException.class,
        () -> EveryCore.forEach(100_000, n -> {
          started.incrementAndGet();
          if (n == 10) {
            throw failure;
          }
        }));
    assertSame(failure, thrown);
    assertTrue(started.get() < 100_000, "every item was started after the failure: " + started);
  }

  @Test
  void anErrorSuchAsRunningOutOfMemoryIsThrownAsItself() {
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");
    List<Integer> items = new ArrayList<>(Arrays.asList(1, 2, 3, 4));
    assertSame(error, assertThrows(OutOfMemoryError.class, () -> EveryCore.forEach(items, n -> {
      throw error;
    })));
  }
}
