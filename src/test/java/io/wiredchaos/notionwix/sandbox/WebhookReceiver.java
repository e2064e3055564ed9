package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A small local webhook receiver: records every POST (raw body and signature header) and answers 200, or hangs. */
final class WebhookReceiver implements AutoCloseable {

  record Received(byte[] body, String signature) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile boolean hang;
  private final HttpServer server;

  WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/hooks/notion", ex -> {
      received.add(new Received(ex.getRequestBody().readAllBytes(),
          ex.getRequestHeaders().getFirst("X-Notion-Signature")));
      if (hang) {
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/notion";
  }

  /** From now on the receiver takes the request and never answers (until closed). */
  void hang() {
    hang = true;
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }
}
