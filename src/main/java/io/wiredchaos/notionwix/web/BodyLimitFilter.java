package io.wiredchaos.notionwix.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's request bodies are small JSON (trigger, rollback): a declared length over {@value #MAX_BODY} bytes
 * answers 413 before anything reads it, and a body without a declared length stops being readable past the limit
 * (the route then answers 400). The Notion webhook keeps its own 256 KB limit ({@link NotionWebhook}).
 */
@Component
class BodyLimitFilter extends OncePerRequestFilter {

  static final int MAX_BODY = 64 * 1024;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !path.startsWith("/api/") || path.equals("/api/notion/webhook");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BODY) {
      response.setStatus(413);
      response.setContentType("application/problem+json");
      response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
          + "\"detail\":\"request body exceeds 64 KB\",\"kind\":\"DATA\"}").getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request) : request, response);
  }

  /** A request whose body ends in an error once more than {@link #MAX_BODY} bytes were read. */
  private static final class Limited extends HttpServletRequestWrapper {

    Limited(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0 && ++read > MAX_BODY) {
            throw new IOException("request body exceeds 64 KB");
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          if (n > 0 && (read += n) > MAX_BODY) {
            throw new IOException("request body exceeds 64 KB");
          }
          return n;
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
