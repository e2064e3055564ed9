package io.wiredchaos.notionwix.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.config.AdminToken;
import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo as a newcomer meets it: the service on loopback without SYNC_ADMIN_TOKEN, opened through the printed
 * {@code /#token=…} link. Sync now works without typing anything, the token leaves the address bar, and the
 * dashboard (before and after a sync, with a run's detail open) and the API docs page fit 390×844 and 1280×800
 * and pass axe-core in light and dark mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoBrowserIT {

  static final Sandbox SANDBOX = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(5),
      Duration.ZERO));

  @LocalServerPort int port;
  @Autowired AdminToken adminToken;
  BrowserSession browser;
  WebDriverWait wait;

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
    registry.add("notionwix.service.admin-token", () -> ""); // as `demo` runs: no SYNC_ADMIN_TOKEN
    registry.add("server.address", () -> "127.0.0.1");
    registry.add("notionwix.sync.schedule", () -> "off");
    String dataDir = Files.createTempDirectory("demo-browser-it").toString();
    registry.add("notionwix.store.data-dir", () -> dataDir);
  }

  @AfterAll
  static void stop() {
    SANDBOX.close();
  }

  @BeforeEach
  void openBrowser() {
    browser = new BrowserSession();
    wait = browser.waitUpTo(Duration.ofSeconds(90));
  }

  @AfterEach
  void screenshotAndClose(TestInfo test) {
    try {
      browser.screenshot(test.getTestMethod().orElseThrow().getName());
    } finally {
      browser.close();
    }
  }

  @Test
  void syncNowWorksFromTheDemoLinkWithoutTypingAnythingAndThePageFitsAndPassesAxe() {
    String token = adminToken.oneTime().orElseThrow(() -> new AssertionError("loopback without a token: one-time"));
    browser.driver.get("http://127.0.0.1:" + port + "/#token=" + token);
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=notion-published]"),
        String.valueOf(SeedContent.PUBLISHED)));
    assertThat(browser.driver.executeScript("return location.hash")).isEqualTo("");
    assertThat(browser.driver.getCurrentUrl()).doesNotContain(token);
    assertThat(browser.driver.executeScript("return sessionStorage.getItem('notion-wix.adminToken')"))
        .isEqualTo(token);
    PageAudit.check(browser, "demo-before-sync");

    click("sync-now");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=progress-text]"),
        "finished"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=runs-table]"),
        "SUCCESS"));
    assertThat(browser.driver.findElements(By.cssSelector("[data-testid=token-prompt]"))).isEmpty();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=runs-chart] svg")));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[aria-label^='Details of run']"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=run-changes]")));
    PageAudit.check(browser, "demo-after-sync");
  }

  @Test
  void theApiDocsPageListsEveryOperationAndPassesAxe() {
    browser.driver.get("http://127.0.0.1:" + port + "/api/docs");
    wait.until(d -> d.findElements(By.cssSelector("[data-testid=api-operation]")).size() >= 13);
    assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("/api/sync/trigger")
        .contains("Bearer admin token");
    PageAudit.check(browser, "api-docs");
  }

  private void click(String testId) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=" + testId + "]"))).click();
  }
}
