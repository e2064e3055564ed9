package io.wiredchaos.notionwix.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Checks a page the way a phone user, a laptop user and a screen-reader user meet it: at 390×844 and 1280×800, in
 * light and dark colour schemes, no element reaches past the viewport's edges and axe-core finds no serious or
 * critical violation. axe-core is the pinned devDependency of {@code frontend/} ({@code npm ci} installs it; the
 * browser tests need the front-end build anyway), injected with {@code executeScript}.
 */
final class PageAudit {

  static final Path AXE = Path.of("frontend", "node_modules", "axe-core", "axe.min.js");
  static final List<int[]> VIEWPORTS = List.of(new int[] {390, 844}, new int[] {1280, 800});

  private static final String OVERFLOW = """
      const vw = document.documentElement.clientWidth, wide = [];
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.right > vw + 1 || r.left < -1) {
          const id = el.dataset && el.dataset.testid ? '[data-testid=' + el.dataset.testid + ']' : '';
          const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
          wide.push(el.tagName.toLowerCase() + id + cls + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
        }
      }
      if (document.documentElement.scrollWidth > vw) wide.push('page scrolls sideways: ' + document.documentElement.scrollWidth);
      return wide.slice(0, 15);""";

  private static final String AXE_RUN = """
      const done = arguments[arguments.length - 1];
      axe.run(document, {resultTypes: ['violations']})
        .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
            + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
        .catch(e => done(['axe did not run: ' + e]));""";

  private PageAudit() {}

  /** Every viewport × colour scheme: nothing overflows, axe is clean; one screenshot each, named {@code name-…}. */
  static void check(BrowserSession browser, String name) {
    for (String scheme : List.of("light", "dark")) {
      for (int[] size : VIEWPORTS) {
        String label = name + "-" + size[0] + "x" + size[1] + "-" + scheme;
        emulate(browser.driver, size[0], size[1], scheme);
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> ((Number) browser.driver.executeScript(
            "return window.innerWidth")).intValue() == size[0]);
        browser.screenshot(label);
        assertThat(overflowing(browser.driver)).as("%s: elements wider than the viewport", label).isEmpty();
        assertThat(axe(browser.driver)).as("%s: serious or critical axe-core violations", label).isEmpty();
      }
    }
    browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
  }

  @SuppressWarnings("unchecked")
  static List<String> overflowing(ChromeDriver driver) {
    return (List<String>) driver.executeScript(OVERFLOW);
  }

  @SuppressWarnings("unchecked")
  static List<String> axe(ChromeDriver driver) {
    if (Boolean.FALSE.equals(driver.executeScript("return typeof axe !== 'undefined'"))) {
      driver.executeScript(axeSource());
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return (List<String>) driver.executeAsyncScript(AXE_RUN);
  }

  private static void emulate(ChromeDriver driver, int width, int height, String scheme) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
        "deviceScaleFactor", 1, "mobile", false)); // desktop layout: a wide page cannot widen the viewport
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  private static String axeSource() {
    try {
      return Files.readString(AXE);
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core is missing: run npm ci in frontend/ (" + AXE + ")", e);
    }
  }
}
