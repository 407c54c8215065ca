package dev.backstory.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Work on every core, handed out one item at a time: each thread takes the next item as soon
 * as it is done with its last, so the threads finish within one item of each other.
 *
 * <p>A parallel stream cuts its items into four pieces per thread of the common pool before it
 * starts, and the common pool has a thread fewer than the machine has cores (the calling thread
 * makes up the last). On two cores that is four pieces of 2,500 explainers each for a
 * 10,000-explainer site, and as pieces take unequal time, one core worked alone for the last
 * 0.7 s of the load phase.
 *
 * <p>The calling thread works too, beside one task per thread of the common pool. The first
 * failure stops every thread from taking another item and is thrown, as itself, to the caller
 * once all have stopped.
 */
public final class EveryCore {

  private EveryCore() {}

  /** {@code work} applied to each item, in the items' order; null results are kept. */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
    return map(items.size(), i -> work.apply(items.get(i)));
  }

  /** {@code work} applied to each number from 0 to {@code count - 1}, in that order. */
  public static <R> List<R> map(int count, IntFunction<? extends R> work) {
    Object[] results = new Object[count];
    forEach(count, i -> results[i] = work.apply(i));
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Arrays.asList(results);
    return Collections.unmodifiableList(list);
  }

  /** Calls {@code work} with each item. */
  public static <T> void forEach(List<T> items, Consumer<? super T> work) {
    forEach(items.size(), i -> work.accept(items.get(i)));
  }

  /** Calls {@code work} with each number from 0 to {@code count - 1}. */
  public static void forEach(int count, IntConsumer work) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable share = () -> {
      try {
        for (int i = next.getAndIncrement(); i < count && failure.get() == null;
            i = next.getAndIncrement()) {
          work.accept(i);
        }
      } catch (Throwable e) {
        failure.compareAndSet(null, e);
      }
    };
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1);
    List<ForkJoinTask<?>> helping = new ArrayList<>(Math.max(helpers, 0));
    for (int h = 0; h < helpers; h++) {
      helping.add(ForkJoinTask.adapt(share).fork());
    }
    share.run();
    helping.forEach(ForkJoinTask::join);
    Throwable failed = failure.get();
    if (failed instanceof RuntimeException unchecked) {
      throw unchecked;
    } else if (failed instanceof Error error) {
      throw error;
    } else if (failed != null) {
      throw new IllegalStateException(failed);
    }
  }
}
