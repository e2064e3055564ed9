package io.wiredchaos.notionwix.remote;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;

/** The JDK HttpClient both clients are built on, and how its I/O failures are typed. */
public final class HttpTransport {

  /** Notion answers or gives up within 60 s server-side (notion.md §0); a little more covers the network. */
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(75);

  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private HttpTransport() {}

  /**
   * An HttpClient forced to HTTP/1.1: over plain http the JDK client otherwise attempts an h2c upgrade, which local
   * fakes and the sandbox answer badly (stack.md pitfall 4). https still negotiates through ALPN and is unaffected.
   */
  public static HttpClient http11(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER) // never carry a token to another host
        .build();
  }

  /** An I/O failure, typed; the request was certainly not sent when the connection could not be opened. */
  public static RemoteApiException.NetworkFailure networkFailure(Api api, String operation, Throwable error) {
    Throwable root = error;
    boolean sent = true;
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
        sent = false;
      }
      root = t;
    }
    String reason = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    return new RemoteApiException.NetworkFailure(api, 0, sent, operation + " failed: " + reason, error);
  }
}
