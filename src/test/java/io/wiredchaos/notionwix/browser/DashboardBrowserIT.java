package io.wiredchaos.notionwix.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.sandbox.Sandbox;
import io.wiredchaos.notionwix.sandbox.SandboxOptions;
import io.wiredchaos.notionwix.sandbox.SeedContent;
import io.wiredchaos.notionwix.sync.RunOptions;
import io.wiredchaos.notionwix.sync.RunOutcome;
import io.wiredchaos.notionwix.web.RunCoordinator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
 * The dashboard in headless Debian Chromium against {@code serve} and the sandbox (issue #8): it shows the seed,
 * asks for the admin token when Sync now is pressed, runs the sync and shows the counts; a page edited through
 * the sandbox admin API shows as pending in a dry-run plan and as synced after Sync now; a failing sandbox shows
 * the error summary with the failing page. Every test leaves a screenshot named after it under
 * {@code target/screenshots/} (also when it fails), plus one per panel for docs/dashboard.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserIT {

  static final Sandbox SANDBOX = Sandbox.start(SandboxOptions.fast().withLatency(Duration.ofMillis(5),
      Duration.ZERO));
  static final String ADMIN = "browser-admin-token-5521";
  static final String TOKEN_KEY = "notion-wix.adminToken";

  @LocalServerPort int port;
  @Autowired RunCoordinator runs;
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
    registry.add("notionwix.service.admin-token", () -> ADMIN);
    registry.add("notionwix.sync.schedule", () -> "off"); // no scheduled run may start (and answer 409) mid-test
    String dataDir = Files.createTempDirectory("browser-it").toString();
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

  /** One screenshot per test, whatever its result, so a failing run shows what the page looked like. */
  @AfterEach
  void screenshotAndClose(TestInfo test) {
    try {
      browser.screenshot(test.getTestMethod().orElseThrow().getName());
    } finally {
      browser.close();
      SANDBOX.faults().clear();
    }
  }

  @Test
  void syncNowAsksForTheTokenRunsTheSyncAndShowsTheResult() {
    open();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=notion-published]"),
        String.valueOf(SeedContent.PUBLISHED)));
    assertThat(browser.driver.findElement(By.tagName("main")).isDisplayed()).isTrue();
    browser.screenshot("dashboard-before-sync");

    click("sync-now");
    wait.until(visible("token-prompt"));
    assertThat(text("token-prompt")).contains("SYNC_ADMIN_TOKEN").contains("#token=");
    assertThat(PageAudit.axe(browser.driver)).as("axe-core with the token prompt open").isEmpty();
    browser.driver.findElement(By.cssSelector("[data-testid=token-prompt] input[type=password]")).sendKeys(ADMIN);
    browser.driver.findElement(By.cssSelector("[data-testid=token-prompt] button[type=submit]")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=progress-text]"),
        "finished"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=runs-table]"),
        "SUCCESS"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=wix-item-count]"),
        String.valueOf(SeedContent.PUBLISHED + 2)));
    assertThat(text("last-run-counts")).matches("Last run: created \\d+, updated \\d+, deleted \\d+, failed 0");
    wait.until(visible("runs-chart"));
    browser.screenshot("dashboard-after-sync");
    browser.elementScreenshot("[data-testid=notion-panel]", "panel-notion");
    browser.elementScreenshot("[data-testid=wix-panel]", "panel-wix");
    browser.elementScreenshot("[data-testid=runs-panel]", "panel-runs");
    browser.elementScreenshot("[data-testid=progress]", "panel-progress");

    // readable on a phone: at 390 px nothing is wider than the screen (tables scroll inside their panel)
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1600));
    wait.until(d -> ((Number) browser.driver.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue() <= 0);
    browser.screenshot("dashboard-phone");
    assertThat(browser.policyViolations()).as("the service's Content-Security-Policy refuses nothing the dashboard"
        + " needs (scripts, styles, the chart, the event stream)").isEmpty();
  }

  @Test
  void aPageEditedInNotionIsPendingInTheDryRunPlanThenSynced() throws Exception {
    syncedBaseline();
    String pageId = SANDBOX.notion().pageIds().get(5);
    String title = "Edited through the sandbox admin API";
    sandboxAdmin("POST", "/_sandbox/pages/" + pageId + "/title", "{\"title\":\"" + title + "\"}");
    openWithToken();

    click("refresh-plan");
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=notion-plan]"), "data-state", "ready"));
    assertThat(text("notion-pending")).isEqualTo("1");
    assertThat(text("notion-pending-list")).contains("update").contains(title);
    browser.elementScreenshot("[data-testid=notion-panel]", "panel-notion-pending");

    click("sync-now");
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=notion-plan]"), "data-state",
        "outdated"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=last-run-counts]"),
        "updated 1"));
    assertThat(wixTitleOf(pageId)).isEqualTo(title);

    click("refresh-plan");
    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=notion-plan]"), "data-state", "ready"));
    assertThat(text("notion-pending")).isEqualTo("0");
    assertThat(browser.driver.findElements(By.cssSelector("[data-testid=notion-pending-list]"))).isEmpty();
  }

  @Test
  void aFailingSandboxShowsTheErrorSummaryWithTheFailingPage() throws Exception {
    syncedBaseline();
    String pageId = SANDBOX.notion().pageIds().get(7);
    String title = "Rejected by Wix in the browser test";
    sandboxAdmin("POST", "/_sandbox/pages/" + pageId + "/title", "{\"title\":\"" + title + "\"}");
    // Wix refuses the write of that one item: the run is partial and names the page
    sandboxAdmin("POST", "/_sandbox/faults",
        "{\"side\":\"wix\",\"path\":\"/wix-data/v2/bulk/items/save\",\"status\":413,\"count\":5}");
    openWithToken();

    click("sync-now");
    wait.until(visible("error-summary"));
    String summary = text("error-summary");
    assertThat(summary).contains(title);
    assertThat(browser.driver.findElement(By.cssSelector("[data-testid=error-summary] a")).getAttribute("href"))
        .startsWith("https://www.notion.so/").endsWith(pageId.replace("-", ""));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=progress]"),
        title)); // the live strip's item-failed list, fed by the SSE stream
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=runs-table]"),
        "PARTIAL"));
    assertThat(text("last-run-counts")).contains("failed 1");
    browser.elementScreenshot("[data-testid=wix-panel]", "panel-wix-error-summary");
  }

  private void open() {
    browser.driver.get("http://127.0.0.1:" + port + "/");
    wait.until(visible("sync-now"));
  }

  /** Opens the page with the admin token already in this tab's sessionStorage (the prompt is covered above). */
  private void openWithToken() {
    open();
    browser.driver.executeScript("sessionStorage.setItem(arguments[0], arguments[1])", TOKEN_KEY, ADMIN);
    browser.driver.navigate().refresh();
    wait.until(visible("sync-now"));
    wait.until(visible("notion-plan"));
  }

  /** A successful real run, so a test starts from a collection in step with the sandbox whatever ran before. */
  private void syncedBaseline() throws Exception {
    var report = runs.start(RunOptions.scheduled()).orElseThrow().report().get(90, TimeUnit.SECONDS);
    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCESS);
  }

  private String wixTitleOf(String pageId) throws Exception {
    String items = sandboxAdmin("GET", "/_sandbox/wix", null);
    var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(items);
    for (var item : json.path("items")) {
      var data = item.has("data") ? item.path("data") : item;
      if (pageId.equals(data.path("notionPageId").asString(null)) || pageId.equals(data.path("_id").asString(null))) {
        return data.path("title").asString(null);
      }
    }
    return null;
  }

  private static String sandboxAdmin(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SANDBOX.notionBaseUrl() + path))
        .timeout(Duration.ofSeconds(10));
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("sandbox admin %s %s: %s", method, path, response.body()).isEqualTo(200);
    return response.body();
  }

  private void click(String testId) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=" + testId + "]"))).click();
  }

  private String text(String testId) {
    return browser.driver.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
  }

  private static org.openqa.selenium.support.ui.ExpectedCondition<org.openqa.selenium.WebElement> visible(
      String testId) {
    return ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=" + testId + "]"));
  }
}
