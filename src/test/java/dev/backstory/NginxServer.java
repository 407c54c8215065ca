package dev.backstory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx from the system's packages, serving a built site under a sub-path on
 * 127.0.0.1, started with its own generated configuration and stopped with the test. Static
 * hosts serve {@code folder/} from {@code folder/index.html} and answer missing files with the
 * site's {@code 404.html}, as this one is configured to.
 */
final class NginxServer implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/sbin/nginx");

  private final Process process;
  private final int port;
  private final String prefix;

  private NginxServer(Process process, int port, String prefix) {
    this.process = process;
    this.port = port;
    this.prefix = prefix;
  }

  static boolean isInstalled() {
    return Files.isExecutable(BINARY);
  }

  /**
   * Skips the calling test when a tool it needs is missing on a developer's machine; with
   * {@code -Dbackstory.requireBrowser=true} (set by CI, which installs them) fails instead.
   */
  static void requireOrSkip(boolean present, String why) {
    if (present) {
      return;
    }
    if (Boolean.getBoolean("backstory.requireBrowser")) {
      org.junit.jupiter.api.Assertions.fail(why);
    }
    org.junit.jupiter.api.Assumptions.abort(why);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Serves {@code site} at {@code http://127.0.0.1:port/prefix}.
   *
   * @param prefix the sub-path, starting and ending with {@code /}
   * @param work a folder for nginx's configuration, logs and temporary files
   */
  static NginxServer start(Path site, int port, String prefix, Path work)
      throws IOException, InterruptedException {
    Files.createDirectories(work);
    Path config = work.resolve("nginx.conf");
    String temp = work.toAbsolutePath().toString();
    boolean root = "root".equals(System.getProperty("user.name"));
    Files.writeString(config, (root ? "user root;\n" : "")
        + "worker_processes 1;\n"
        + "pid " + temp + "/nginx.pid;\n"
        + "error_log " + temp + "/error.log warn;\n"
        + "events { worker_connections 64; }\n"
        + "http {\n"
        + "  include /etc/nginx/mime.types;\n"
        + "  default_type application/octet-stream;\n"
        + "  types { application/atom+xml xml; text/javascript js; }\n"
        + "  access_log off;\n"
        + "  client_body_temp_path " + temp + "/body;\n"
        + "  proxy_temp_path " + temp + "/proxy;\n"
        + "  fastcgi_temp_path " + temp + "/fastcgi;\n"
        + "  uwsgi_temp_path " + temp + "/uwsgi;\n"
        + "  scgi_temp_path " + temp + "/scgi;\n"
        + "  server {\n"
        + "    listen 127.0.0.1:" + port + ";\n"
        + "    location " + prefix + " {\n"
        + "      alias " + site.toAbsolutePath() + "/;\n"
        + "      index index.html;\n"
        + "      error_page 404 " + prefix + "404.html;\n"
        + "    }\n"
        + "  }\n"
        + "}\n");
    Process process = new ProcessBuilder(BINARY.toString(), "-p", temp + "/", "-c",
        config.toString(), "-e", temp + "/error.log", "-g", "daemon off;")
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("nginx.out").toFile())
        .start();
    NginxServer server = new NginxServer(process, port, prefix);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("nginx stopped: " + Files.readString(work.resolve("nginx.out"))
            + (Files.exists(work.resolve("error.log")) ? Files.readString(work.resolve("error.log")) : ""));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return server;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    server.close();
    throw new IOException("nginx did not start listening on port " + port);
  }

  /** The site's address, such as {@code http://127.0.0.1:8080/news/explainers/}. */
  String url() {
    return "http://127.0.0.1:" + port + prefix;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
