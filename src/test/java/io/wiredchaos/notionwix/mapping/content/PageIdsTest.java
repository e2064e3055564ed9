package io.wiredchaos.notionwix.mapping.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageIdsTest {

  private static final String CANONICAL = "2a7104cd-477e-8123-b1aa-f00d00000001";

  @Test
  void everySpellingOfAnIdNormalizesToTheCanonicalOne() {
    assertThat(PageIds.normalize(CANONICAL)).isEqualTo(CANONICAL);
    assertThat(PageIds.normalize(CANONICAL.toUpperCase())).isEqualTo(CANONICAL);
    assertThat(PageIds.normalize(CANONICAL.replace("-", ""))).isEqualTo(CANONICAL);
    assertThat(PageIds.normalize("2a7104cd477e-8123-b1aaf00d-00000001")).isEqualTo(CANONICAL);
  }

  @Test
  void textThatIsNotAnIdIsNull() {
    assertThat(PageIds.normalize(null)).isNull();
    assertThat(PageIds.normalize("")).isNull();
    assertThat(PageIds.normalize("2a7104cd-477e-8123-b1aa-f00d0000000g")).isNull();
    assertThat(PageIds.normalize("2a7104cd-477e-8123-b1aa-f00d000000011")).isNull();
    assertThat(PageIds.normalize("2a7104cd-477e-8123-b1aa-f00d0000000")).isNull();
  }

  @Test
  void notionLinksYieldTheirPageId() {
    assertThat(PageIds.fromNotionUrl("https://www.notion.so/Title-2a7104cd477e8123b1aaf00d00000001?pvs=4"))
        .isEqualTo(CANONICAL);
    assertThat(PageIds.fromNotionUrl("/2a7104cd477e8123b1aaf00d00000001#block")).isEqualTo(CANONICAL);
    assertThat(PageIds.fromNotionUrl("https://example.com/2a7104cd477e8123b1aaf00d00000001")).isNull();
  }
}
