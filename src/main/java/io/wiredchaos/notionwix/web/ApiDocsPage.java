package io.wiredchaos.notionwix.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /api/docs}: the API docs page of the dashboard build ({@code frontend/api-docs.html}), which renders
 * {@code /api/openapi.json}. A page of our own rather than Swagger UI: it runs under the dashboard's strict
 * Content-Security-Policy (no inline scripts or styles).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/api/docs", "/api-docs.html");
  }
}
