package dev.backstory.cli;

import dev.backstory.build.BuildOptions;
import dev.backstory.build.BuildReport;
import dev.backstory.build.Progress;
import dev.backstory.build.SiteBuilder;
import dev.backstory.output.OutputLock;
import dev.backstory.output.OutputRefused;
import dev.backstory.serve.PreviewServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
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
    InetSocketAddress address = new InetSocketAddress(bind, port);
    if (address.isUnresolved()) {
      parent.err.println("backstory serve: error: --bind " + bind + " names no address this "
          + "machine can find; give one of its addresses, such as 127.0.0.1");
      return ExitCode.USAGE;
    }
    BuildOptions options = parent.options(paths, publish, true, true);
    // Held as long as the preview runs: it rewrites pages of the output at every save.
    try (OutputLock lock = OutputLock.acquire(paths.output, "backstory serve")) {
      // The preview serves its output folder: one the build refuses is never served.
      SiteBuilder.checkOutput(options);
      return serve(options, address);
    } catch (OutputRefused e) {
      parent.err.println("backstory serve: error: " + e.getMessage());
      return ExitCode.IO_FAILURE;
    } catch (IOException e) {
      parent.err.println("backstory serve: error: " + IoProblems.describe(e));
      return ExitCode.IO_FAILURE;
    }
  }

  private int serve(BuildOptions options, InetSocketAddress address)
      throws InterruptedException {
    PreviewServer server;
    try {
      server = PreviewServer.start(options, address, List.of(paths.content, paths.templates),
          paths.quiet ? Progress.SILENT : new TerminalProgress(parent.err), this::built);
    } catch (BindException e) {
      parent.err.printf(Locale.ROOT, "backstory serve: error: cannot listen on %s:%d (%s); %s%n",
          bind, port, e.getMessage(), remedy(address));
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

  /** What to change when the system refuses to listen at {@code address}. */
  private static String remedy(InetSocketAddress address) {
    if (!isThisMachines(address.getAddress())) {
      return "it is not an address of this machine; choose another --bind";
    }
    if (address.getPort() > 0 && address.getPort() < 1024) {
      return "ports below 1024 are kept for the system's administrator; choose another --port, "
          + "such as 8080";
    }
    return "choose another --port";
  }

  private static boolean isThisMachines(InetAddress address) {
    try {
      return address.isAnyLocalAddress() || address.isLoopbackAddress()
          || NetworkInterface.getByInetAddress(address) != null;
    } catch (SocketException e) {
      return true;
    }
  }

  private void built(BuildReport report) {
    parent.report(report, paths, true);
    parent.out.flush();
    parent.err.flush();
  }
}
