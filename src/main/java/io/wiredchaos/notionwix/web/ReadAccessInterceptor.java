package io.wiredchaos.notionwix.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Applies the read rule of {@link AccessGuard} to every GET under {@code /api}; the webhook has its own check. */
@Configuration(proxyBeanMethods = false)
class ReadAccessInterceptor implements WebMvcConfigurer {

  private final AccessGuard guard;

  ReadAccessInterceptor(AccessGuard guard) {
    this.guard = guard;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("GET".equals(request.getMethod())) {
          guard.requireReader(request);
        }
        return true;
      }
    }).addPathPatterns("/api/**");
  }
}
