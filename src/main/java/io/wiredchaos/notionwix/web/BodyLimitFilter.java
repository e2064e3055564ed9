package io.wiredchaos.notionwix.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's request bodies are small JSON (trigger, rollback): a body over {@value #MAX_BODY} bytes answers 413
 * before any route sees it, whether its length is declared or it comes chunked (no {@code Content-Length}); a
 * chunked body is read here, at most one byte past the limit, and handed on from memory. The Notion webhook keeps
 * its own 256 KB limit ({@link NotionWebhook}).
 */
@Component
class BodyLimitFilter extends OncePerRequestFilter {

  static final int MAX_BODY = 64 * 1024;
  /** Methods no route reads a body of; their requests (the event stream among them) pass untouched. */
  private static final java.util.Set<String> READ_ONLY = java.util.Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !path.startsWith("/api/") || path.equals("/api/notion/webhook");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BODY) {
      tooLarge(response);
      return;
    }
    if (request.getContentLengthLong() >= 0 || READ_ONLY.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      tooLarge(response);
      return;
    }
    chain.doFilter(new Buffered(request, body), response);
  }

  private static void tooLarge(HttpServletResponse response) throws IOException {
    response.setStatus(413);
    response.setContentType("application/problem+json");
    response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
        + "\"detail\":\"request body exceeds 64 KB\",\"kind\":\"DATA\"}").getBytes(StandardCharsets.UTF_8));
  }

  /** A request whose body was already read (at most {@link #MAX_BODY} bytes) and is served from memory. */
  private static final class Buffered extends HttpServletRequestWrapper {

    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body was read already; asynchronous reading is not offered");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
