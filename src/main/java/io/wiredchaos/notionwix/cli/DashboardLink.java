package io.wiredchaos.notionwix.cli;

import io.wiredchaos.notionwix.config.AdminToken;
import java.io.PrintWriter;
import java.util.Optional;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The dashboard's address as {@code serve} and {@code demo} print it. With a one-time admin token (loopback bind,
 * no {@code SYNC_ADMIN_TOKEN}) the URL carries it in the fragment ({@code /#token=…}): browsers send neither the
 * fragment to the server nor in {@code Referer}, and the dashboard moves it to {@code sessionStorage} and drops it
 * from the address bar. This is the only place the token is ever written, once, on the terminal.
 */
record DashboardLink(String host, int port, Optional<String> oneTimeToken) {

  static DashboardLink of(ConfigurableApplicationContext app) {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    String address = app.getEnvironment().getProperty("server.address", "");
    String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
    return new DashboardLink(host.contains(":") ? "[" + host + "]" : host, port,
        app.getBean(AdminToken.class).oneTime());
  }

  String base() {
    return "http://" + host + ":" + port + "/";
  }

  String dashboard() {
    return base() + oneTimeToken.map(t -> "#token=" + t).orElse("");
  }

  void print(PrintWriter out) {
    out.println("dashboard:  " + dashboard());
    if (oneTimeToken.isPresent()) {
      out.println("            (one-time admin token for this process in the link: Sync now, dry run and rollback"
          + " work from it; set SYNC_ADMIN_TOKEN for a fixed one)");
    }
    out.println("health:     " + base() + "actuator/health");
    out.println("API:        " + base() + "api/docs.html (OpenAPI: " + base() + "api/openapi.json)");
  }
}
