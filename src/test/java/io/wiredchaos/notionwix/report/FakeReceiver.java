package io.wiredchaos.notionwix.report;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A webhook endpoint on loopback (JDK HttpServer) that records every POST and answers with scripted statuses
 * (200 once the script is used up).
 */
final class FakeReceiver implements AutoCloseable {

  record Received(String path, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
    }

    String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final Deque<Integer> script = new ArrayDeque<>();
  private final List<Received> all = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Received> delivered = new LinkedBlockingQueue<>();
  private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
  private volatile boolean hang;

  private FakeReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Received received = new Received(exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders()),
          body);
      all.add(received);
      if (hang) {
        awaitClose();
      }
      int status = next();
      if (status / 100 == 2) {
        delivered.add(received);
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  static FakeReceiver start() throws IOException {
    return new FakeReceiver();
  }

  /** The next requests get these statuses, in order. */
  synchronized FakeReceiver answer(Integer... statuses) {
    script.addAll(List.of(statuses));
    return this;
  }

  /** From now on, requests are read and never answered (until {@link #close()}). */
  FakeReceiver hang() {
    hang = true;
    return this;
  }

  private void awaitClose() {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized int next() {
    return script.isEmpty() ? 200 : script.poll();
  }

  /** URL of the endpoint, with a path and a query standing in for a credential. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/T000/SECRET-PATH?token=SECRET-QUERY";
  }

  /** Every request received, answered 2xx or not. */
  List<Received> requests() {
    return List.copyOf(all);
  }

  /** The next request answered 2xx, waiting up to {@code timeout}; null when none came. */
  Received awaitDelivered(Duration timeout) throws InterruptedException {
    return delivered.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
  }
}
