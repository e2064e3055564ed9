package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.remote.HttpTransport;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The RestClient both Wix clients use: JDK HttpClient forced to HTTP/1.1 (stack.md pitfall 4), with timeouts. */
public final class WixRestClients {

  private WixRestClients() {}

  public static RestClient restClient() {
    return builder(RestClient.builder()).build();
  }

  /** Puts the HTTP/1.1 JDK request factory on {@code builder} (Boot's, to keep its observations). */
  public static RestClient.Builder builder(RestClient.Builder builder) {
    JdkClientHttpRequestFactory factory =
        new JdkClientHttpRequestFactory(HttpTransport.http11(HttpTransport.CONNECT_TIMEOUT));
    factory.setReadTimeout(HttpTransport.READ_TIMEOUT);
    return builder.requestFactory(factory);
  }
}
