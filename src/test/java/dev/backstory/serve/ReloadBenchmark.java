package dev.backstory.serve;

import dev.backstory.CaseSite;
import dev.backstory.build.BuildOptions;
import dev.backstory.build.BuildReport;
import dev.backstory.build.Progress;
import dev.backstory.model.PublicationPolicy;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures the preview's save-to-reload time on a generated site: the time from writing an
 * explainer to the moment an open page's event stream receives {@code reload}. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.backstory.serve.ReloadBenchmark -Dexec.args="1000 15"}.
 */
public final class ReloadBenchmark {

  private ReloadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int explainers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int saves = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Path root = CaseSite.temporaryFolder("backstory-reload-");
    GeneratedSite.write(root, explainers);
    BuildOptions options = new BuildOptions(root.resolve("content"), root.resolve("templates"),
        root.resolve("site"), true, null, new PublicationPolicy(true, false, LocalDate.now()));
    BlockingQueue<BuildReport> builds = new LinkedBlockingQueue<>();
    try (PreviewServer server = PreviewServer.start(options,
        new InetSocketAddress("127.0.0.1", 0), List.of(options.content(), options.templates()),
        Progress.SILENT, builds::add)) {
      BuildReport first = builds.take();
      System.out.printf(Locale.ROOT, "first build: %d explainers, %d pages in %d ms%n",
          first.explainers(), first.pages(), first.elapsed().toMillis());
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      HttpClient.newHttpClient().sendAsync(
          HttpRequest.newBuilder(server.address().resolve("/__backstory/events")).build(),
          HttpResponse.BodyHandlers.ofLines())
          .thenAccept(response -> {
            try (Stream<String> body = response.body()) {
              body.forEach(lines::add);
            } catch (RuntimeException closed) {
              // Stopped.
            }
          });
      while (!": connected".equals(lines.poll(10, TimeUnit.SECONDS))) {
        // Wait for the stream to open.
      }
      List<Long> millis = new ArrayList<>();
      List<Long> buildMillis = new ArrayList<>();
      List<Long> cpuMillis = new ArrayList<>();
      var os = (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      for (int i = 0; i < saves; i++) {
        Path file = options.content().resolve(GeneratedSite.name(i * 7 % explainers) + ".md");
        String text = GeneratedSite.explainer(i * 7 % explainers, explainers, "Edit " + i);
        lines.clear();
        builds.clear();
        long cpuBefore = os.getProcessCpuTime();
        long saved = System.nanoTime();
        Files.writeString(file, text);
        String line;
        do {
          line = lines.poll(60, TimeUnit.SECONDS);
        } while (line != null && !line.equals("event: reload"));
        long reloaded = System.nanoTime();
        if (line == null) {
          throw new IllegalStateException("no reload within 60 s");
        }
        millis.add((reloaded - saved) / 1_000_000);
        cpuMillis.add((os.getProcessCpuTime() - cpuBefore) / 1_000_000);
        BuildReport rebuilt = builds.take();
        buildMillis.add(rebuilt.elapsed().toMillis());
        if (i == saves - 1) {
          rebuilt.phases().forEach(phase -> System.out.printf(Locale.ROOT,
              "  last rebuild, %s: %d ms%n", phase.phase(), phase.elapsed().toMillis()));
        }
        Thread.sleep(200);
      }
      System.out.printf(Locale.ROOT, "save to reload over %d saves, %d explainers: "
          + "median %d ms, min %d ms, max %d ms (rebuild alone: median %d ms)%n", saves,
          explainers, median(millis), Collections.min(millis), Collections.max(millis),
          median(buildMillis));
      System.out.println("all: " + millis);
      System.out.printf(Locale.ROOT, "CPU time per save (all threads, whatever the machine's load):"
          + " median %d ms; load average now %.1f on %d cores%n", median(cpuMillis),
          os.getSystemLoadAverage(), os.getAvailableProcessors());
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
