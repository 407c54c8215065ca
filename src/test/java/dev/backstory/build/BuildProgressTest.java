package dev.backstory.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstory.bench.CorpusGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build tells its progress through the steps that grow with the site: every explainer read,
 * then every page rendered, then every file zipped, each counted to its total.
 */
class BuildProgressTest {

  @TempDir Path temp;

  record Event(Progress.Step step, int done, int total) {}

  @Test
  void everyExplainerReadPageRenderedAndFileZippedIsCountedToItsTotal() throws Exception {
    Path content = temp.resolve("content");
    new CorpusGenerator(11).write(content, 40);
    List<Event> events = Collections.synchronizedList(new ArrayList<>());
    BuildReport report = new SiteBuilder((step, done, total) -> events.add(
        new Event(step, done, total))).build(new BuildOptions(content,
            Path.of("templates").toAbsolutePath(), temp.resolve("site"), true));
    assertTrue(report.succeeded(), report.diagnostics().toString());

    List<Event> reading = events.stream().filter(e -> e.step() == Progress.Step.READING).toList();
    List<Event> rendering =
        events.stream().filter(e -> e.step() == Progress.Step.RENDERING).toList();
    assertEquals(40, reading.size(), "one for each explainer file");
    assertTrue(reading.stream().allMatch(e -> e.total() == 40));
    assertEquals(List.of(40), reading.stream().map(Event::done).filter(d -> d == 40).toList());
    assertEquals(report.pages(), rendering.stream().mapToInt(Event::done).max().orElseThrow(),
        "counted up to every page");
    assertTrue(rendering.stream().allMatch(e -> e.total() == report.pages()),
        "the total the counter counts to is the number of pages written: " + rendering);
    assertEquals(reading, events.subList(0, reading.size()), "all read before any is rendered");

    List<Event> packing = events.stream().filter(e -> e.step() == Progress.Step.PACKING).toList();
    int zipped;
    try (ZipFile zip = new ZipFile(temp.resolve("site/downloads/benchmark-explainers-offline.zip")
        .toFile())) {
      zipped = zip.size();
    }
    assertEquals(IntStream.rangeClosed(1, zipped).boxed().toList(),
        packing.stream().map(Event::done).toList(), "each file zipped, counted in order");
    assertTrue(packing.stream().allMatch(e -> e.total() == zipped));
    assertEquals(packing, events.subList(events.size() - packing.size(), events.size()),
        "zipped after all is rendered");
  }
}
