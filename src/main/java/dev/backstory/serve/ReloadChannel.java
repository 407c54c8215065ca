package dev.backstory.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server-sent event stream open pages listen on. Each page keeps one response open; a
 * finished rebuild sends every page a {@code reload} event. A page that has gone away is
 * dropped the next time a write to it fails.
 */
final class ReloadChannel implements AutoCloseable {

  private final Set<HttpExchange> listeners = ConcurrentHashMap.newKeySet();

  /** Opens the stream for one page; the exchange stays open until the page or server leaves. */
  void open(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    listeners.add(exchange);
    if (!send(exchange, "retry: 500\n: connected\n\n")) {
      listeners.remove(exchange);
    }
  }

  /** Tells every open page to reload; {@code build} numbers the rebuild. */
  void reload(long build) {
    broadcast("event: reload\ndata: " + build + "\n\n");
  }

  /** A comment line, so streams whose page has gone are noticed and closed. */
  void keepAlive() {
    broadcast(": keep-alive\n\n");
  }

  int listenerCount() {
    return listeners.size();
  }

  private void broadcast(String event) {
    for (HttpExchange exchange : listeners) {
      if (!send(exchange, event)) {
        listeners.remove(exchange);
        exchange.close();
      }
    }
  }

  private static boolean send(HttpExchange exchange, String event) {
    OutputStream body = exchange.getResponseBody();
    try {
      synchronized (exchange) {
        body.write(event.getBytes(StandardCharsets.UTF_8));
        body.flush();
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    listeners.forEach(HttpExchange::close);
    listeners.clear();
  }
}
