package io.wiredchaos.notionwix.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers a self-hosted admin UI sends on every answer: API, static files, errors (also the container's error
 * dispatch) and Actuator. The policy allows only this origin's own scripts, styles and requests: the built
 * dashboard has no inline script or style element (Vite emits {@code <script src>} and {@code <link>}; React and
 * the chart set styles through the DOM, which {@code style-src} does not govern), so nothing needs
 * {@code 'unsafe-inline'}. {@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY} refuse framing
 * (clickjacking of Sync now and rollback), {@code nosniff} stops MIME sniffing, and no Referer leaves the page.
 * It runs first, so answers of later filters (the 413 of {@link BodyLimitFilter}) carry the headers too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    apply(response);
    chain.doFilter(request, response);
  }

  /** The error page is rendered on a second dispatch, after the container may have reset the headers. */
  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    apply(response);
    chain.doFilter(request, response);
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  private static void apply(HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
  }
}
