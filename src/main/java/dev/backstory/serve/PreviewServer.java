package dev.backstory.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.backstory.build.BuildOptions;
import dev.backstory.build.BuildReport;
import dev.backstory.build.Progress;
import dev.backstory.build.PreviewBuilder;
import dev.backstory.diag.Diagnostic;
import dev.backstory.diag.SourcePosition;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The live preview: builds the site into its output folder, serves that folder, and rebuilds
 * whenever a watched source changes. A failed rebuild leaves the last good pages in place (the
 * build only swaps its output in on success) and shows its errors over them until a good one.
 */
public final class PreviewServer implements AutoCloseable {

  /** A Host header naming this machine: localhost or an address, with or without a port. */
  private static final Pattern LOCAL_HOST = Pattern.compile(
      "(?i)(localhost|[a-z0-9-]+\\.localhost|[0-9.]+|\\[[0-9a-f:.]+\\])(:[0-9]+)?");

  private final BuildOptions options;
  private final PreviewBuilder builder;
  private final Consumer<BuildReport> listener;
  private final OutputFiles files;
  private final ReloadChannel reloads = new ReloadChannel();
  private final AtomicLong builds = new AtomicLong();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile List<Diagnostic> errors = List.of();
  private final HttpServer server;
  // A thread per connection while it lasts: a fixed few would let as many stalled
  // connections (or open pages' reload streams) hold every one.
  private final ExecutorService requests = Executors.newCachedThreadPool(daemon("backstory-http"));
  private final ScheduledExecutorService keepAlive =
      Executors.newSingleThreadScheduledExecutor(daemon("backstory-keepalive"));
  private SourceWatcher watcher;

  private PreviewServer(BuildOptions options, HttpServer server, Progress progress,
      Consumer<BuildReport> listener) {
    this.options = options;
    this.server = server;
    this.builder = new PreviewBuilder(progress);
    this.listener = listener;
    this.files = new OutputFiles(options.output());
    keepAlive.scheduleAtFixedRate(reloads::keepAlive, 15, 15, TimeUnit.SECONDS);
    server.setExecutor(requests);
    server.createContext(PageDecorator.EVENTS_PATH, exchange -> {
      if (!answers(exchange)) {
        return;
      }
      if (!exchange.getRequestURI().getRawPath().equals(PageDecorator.EVENTS_PATH)) {
        send(exchange, 404, "text/plain; charset=utf-8", bytes("404 Not Found\n"));
        return;
      }
      reloads.open(exchange);
    });
    server.createContext("/", this::serveFile);
  }

  /**
   * Builds once, then serves and watches. Unless {@code options} name the site's address, the
   * site is built with the preview's own: it serves the site at its root, so pages that must
   * name addresses from the root (the 404 page, shown at any missing one) or in full (feeds,
   * canonical links) lead to the preview, not to a path of the host it has no pages under.
   *
   * @param watched the folders whose changes trigger a rebuild
   * @param progress told how far each build has got, the first (long on a big site) included
   * @param listener told of every build, the first included, on the watching thread
   * @throws IOException if the address cannot be bound or the folders cannot be watched
   */
  public static PreviewServer start(BuildOptions options, InetSocketAddress address,
      List<Path> watched, Progress progress, Consumer<BuildReport> listener) throws IOException {
    // Bind first, so a port in use is reported before a long build, then serve once built.
    HttpServer bound = HttpServer.create(address, 64);
    BuildOptions served = options.baseUrl() != null ? options
        : options.withBaseUrl(addressOf(bound).toString());
    PreviewServer preview = new PreviewServer(served, bound, progress, listener);
    preview.rebuild(null);
    preview.server.start();
    try {
      preview.watcher = SourceWatcher.start(watched, preview::rebuildAndReload);
    } catch (IOException e) {
      preview.close();
      throw e;
    }
    return preview;
  }

  /** Where the preview is served, such as {@code http://127.0.0.1:8080/}. */
  public URI address() {
    return addressOf(server);
  }

  private static URI addressOf(HttpServer server) {
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
        + bound.getPort() + "/");
  }

  /** Blocks until {@link #close()} is called. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() throws IOException {
    try {
      if (watcher != null) {
        watcher.close();
      }
    } finally {
      reloads.close();
      server.stop(0);
      requests.shutdownNow();
      keepAlive.shutdownNow();
      closed.countDown();
    }
  }

  /** Builds again after edits to these explainer files, or after anything when null. */
  private synchronized void rebuild(Set<Path> editedExplainers) {
    BuildReport report;
    try {
      report = editedExplainers == null ? builder.build(options)
          : builder.buildAfterEdits(options, editedExplainers);
    } catch (IOException e) {
      report = failed("could not write the site: %s", e.getMessage());
    } catch (OutOfMemoryError e) {
      // Most often a template that writes without end; the next save may mend it, so the
      // preview says so and keeps watching.
      report = failed("out of memory while building: a template that writes without end, "
          + "such as a #list of 1.., or a site bigger than the %s MiB the JVM may use",
          Runtime.getRuntime().maxMemory() / (1 << 20));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug must not stop the preview: it reports it and keeps watching for the next save.
      report = failed("internal error: %s; this is a bug in Backstory, please report it with "
          + "the change that set it off", e);
    }
    errors = report.succeeded() ? List.of()
        : report.diagnostics().stream().filter(Diagnostic::isError).toList();
    builds.incrementAndGet();
    listener.accept(report);
  }

  private BuildReport failed(String message, Object detail) {
    return new BuildReport(List.of(Diagnostic.error(
        SourcePosition.startOf(options.output().toString()), message, detail)), 0, 0, 0, 0,
        Duration.ZERO);
  }

  private void rebuildAndReload(Set<Path> changed) {
    // Only edits to existing explainer files can be rebuilt page by page; anything else they
    // may depend on (an image's size, a renamed folder, site.yaml, a template) needs it all.
    boolean onlyExplainers = changed.stream().allMatch(
        path -> path.getFileName().toString().endsWith(".md") && Files.isRegularFile(path));
    rebuild(onlyExplainers ? changed : null);
    reloads.reload(builds.get());
  }

  /**
   * Whether the request names this machine, as a page of the preview does; otherwise answers
   * it with 403. A preview on the loopback address is reached from this machine only, but a
   * web page there could rename its own host to 127.0.0.1 (DNS rebinding) and read the drafts:
   * its requests name that host, not this machine.
   */
  private boolean answers(HttpExchange exchange) throws IOException {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || !server.getAddress().getAddress().isLoopbackAddress()
        || LOCAL_HOST.matcher(host).matches()) {
      return true;
    }
    try (exchange) {
      send(exchange, 403, "text/plain; charset=utf-8", bytes("403 Forbidden: the preview "
          + "answers to 127.0.0.1 and localhost, not to " + host + "\n"));
    }
    return false;
  }

  private void serveFile(HttpExchange exchange) throws IOException {
    if (!answers(exchange)) {
      return;
    }
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", bytes("405 Method Not Allowed\n"));
        return;
      }
      if (errors.isEmpty() && !Files.isDirectory(options.output())) {
        // The site was deleted under the preview after a good build: build it again, once.
        rebuild(null);
      }
      OutputFiles.Lookup lookup = files.lookup(exchange.getRequestURI().getRawPath());
      if (lookup instanceof OutputFiles.Found found) {
        builder.refresh(options, files.outputPath(found));
        send(exchange, 200, found.contentType(), body(found));
      } else if (lookup instanceof OutputFiles.Redirect redirect) {
        exchange.getResponseHeaders().set("Location", redirect.location());
        send(exchange, 301, "text/plain; charset=utf-8", bytes("Moved to " + redirect.location()));
      } else if (lookup instanceof OutputFiles.Refused) {
        send(exchange, 403, "text/plain; charset=utf-8", bytes("403 Forbidden\n"));
      } else if (files.notFoundPage() instanceof OutputFiles.Found page) {
        send(exchange, 404, page.contentType(), body(page));
      } else {
        send(exchange, 404, "text/html; charset=utf-8",
            bytes(PageDecorator.decorate(PageDecorator.plainNotFound(), errors)));
      }
    }
  }

  /** A file's bytes; an HTML page gets the reload script and, after a failed build, the errors. */
  private byte[] body(OutputFiles.Found found) throws IOException {
    byte[] content = Files.readAllBytes(found.file());
    if (!found.contentType().startsWith("text/html")) {
      return content;
    }
    return bytes(PageDecorator.decorate(new String(content, StandardCharsets.UTF_8), errors));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
