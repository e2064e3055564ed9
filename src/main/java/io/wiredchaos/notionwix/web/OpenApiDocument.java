package io.wiredchaos.notionwix.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the OpenAPI 3 document springdoc generates from the controllers ({@code /api/openapi.json}); the
 * paths come from the code, this adds the title, version and the admin bearer scheme of the mutating routes.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

  static final String ADMIN_SCHEME = "adminToken";

  @Bean
  OpenAPI notionWixOpenApi(ObjectProvider<BuildProperties> build) {
    String version = build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
    return new OpenAPI()
        .info(new Info().title("notion-wix service API").version(version)
            .description("Dashboard, sync runs and health of the Notion → Wix sync service. Errors are RFC 9457 "
                + "problem details with a `kind`. Mutating routes need `Authorization: Bearer` with "
                + "SYNC_ADMIN_TOKEN (or the one-time token serve prints on loopback). See docs/api.md.")
            .license(new License().name("Proprietary")))
        .components(new Components().addSecuritySchemes(ADMIN_SCHEME,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("SYNC_ADMIN_TOKEN, or the one-time token in the #token= link of serve/demo")));
  }

  /** Marks the routes {@link AccessGuard#requireAdmin} guards: every POST but the webhook (it has a signature). */
  @Bean
  OpenApiCustomizer adminRoutesNeedTheBearerToken() {
    return api -> api.getPaths().forEach((path, item) -> {
      if (item.getPost() != null && !path.equals("/api/notion/webhook")) {
        item.getPost().addSecurityItem(new SecurityRequirement().addList(ADMIN_SCHEME));
      }
    });
  }
}
