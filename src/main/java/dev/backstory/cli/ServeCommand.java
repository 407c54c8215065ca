package dev.backstory.cli;

import dev.backstory.build.BuildOptions;
import dev.backstory.build.BuildReport;
import dev.backstory.serve.PreviewServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code backstory serve}: builds, serves the output on this machine and rebuilds on every
 * save, with drafts shown. Runs until interrupted (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Builds the site with drafts, serves it at http://127.0.0.1:PORT/, rebuilds "
        + "on every change to the content or templates and reloads open pages.")
final class ServeCommand implements Callable<Integer> {

  @ParentCommand BackstoryCommand parent;
  @Mixin PathOptions paths;
  @Mixin PublishOptions publish;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port to serve on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on; other machines can reach the preview only if you "
          + "name one of this machine's network addresses (default: ${DEFAULT-VALUE}).")
  String bind;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      parent.err.println("backstory serve: --port must be between 0 and 65535, not " + port);
      return ExitCode.USAGE;
    }
    BuildOptions options = parent.options(paths, publish, true, true);
    PreviewServer server;
    try {
      server = PreviewServer.start(options, new InetSocketAddress(bind, port),
          List.of(paths.content, paths.templates), this::built);
    } catch (BindException e) {
      parent.err.printf(Locale.ROOT, "backstory serve: error: cannot listen on %s:%d (%s); "
          + "choose another --port%n", bind, port, e.getMessage());
      return ExitCode.IO_FAILURE;
    } catch (IOException e) {
      parent.err.println("backstory serve: error: " + IoProblems.describe(e));
      return ExitCode.IO_FAILURE;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (IOException e) {
        // Stopping anyway; the output folder is already complete.
      }
    }));
    parent.out.println("Serving " + paths.output + "/ at " + server.address()
        + " with drafts; press Ctrl-C to stop.");
    parent.out.flush();
    server.awaitClose();
    return ExitCode.OK;
  }

  private void built(BuildReport report) {
    parent.report(report, paths, true);
    parent.out.flush();
    parent.err.flush();
  }
}
