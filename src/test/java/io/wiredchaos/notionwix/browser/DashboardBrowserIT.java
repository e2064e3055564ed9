package io.wiredchaos.notionwix.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard in headless Debian Chromium against {@code serve} and the sandbox: it loads, asks for the admin
 * token when Sync now is pressed, runs the sync, and shows the seed's items. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserIT {

  static final Sandbox SANDBOX = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(5),
      Duration.ZERO));
  static final String ADMIN = "browser-admin-token-5521";

  @LocalServerPort int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    registry.add("notionwix.notion.base-url", SANDBOX::notionBaseUrl);
    registry.add("notionwix.notion.token", () -> Sandbox.NOTION_TOKEN);
    registry.add("notionwix.notion.database-id", () -> SeedContent.DATABASE_ID);
    registry.add("notionwix.notion.requests-per-second", () -> "1000");
    registry.add("notionwix.wix.base-url", SANDBOX::wixBaseUrl);
    registry.add("notionwix.wix.api-key", () -> Sandbox.WIX_KEY);
    registry.add("notionwix.wix.site-id", () -> Sandbox.WIX_SITE_ID);
    registry.add("notionwix.wix.requests-per-minute", () -> "100000");
    registry.add("notionwix.service.admin-token", () -> ADMIN);
    String dataDir = Files.createTempDirectory("browser-it").toString();
    registry.add("notionwix.store.data-dir", () -> dataDir);
  }

  @AfterAll
  static void stop() {
    SANDBOX.close();
  }

  @Test
  void syncNowAsksForTheTokenRunsTheSyncAndShowsTheResult() {
    try (BrowserSession browser = new BrowserSession()) {
      browser.driver.get("http://127.0.0.1:" + port + "/");
      var wait = browser.waitUpTo(Duration.ofSeconds(30));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=sync-now]")));
      assertThat(browser.driver.findElement(By.tagName("main")).isDisplayed()).isTrue();
      browser.screenshot("dashboard-before-sync");

      browser.driver.findElement(By.cssSelector("[data-testid=sync-now]")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=token-prompt]")));
      browser.driver.findElement(By.id("admin-token")).sendKeys(ADMIN);
      browser.driver.findElement(By.cssSelector("[data-testid=token-prompt] button[type=submit]")).click();

      wait.withTimeout(Duration.ofSeconds(90)).until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("[data-testid=last-run-counts]"), String.valueOf(SeedContent.PUBLISHED)));
      browser.screenshot("dashboard-after-sync");
      assertThat(browser.driver.findElement(By.cssSelector("[data-testid=runs-table]")).getText())
          .contains("SUCCESS");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=wix-item-count]"),
          String.valueOf(SeedContent.PUBLISHED + 2)));
    }
  }
}
