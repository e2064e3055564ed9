package io.wiredchaos.notionwix.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class NotionVersionTest {

  @Test
  void theNewestIsTheDefaultAndTheTwoBeforeItStaySupported() {
    assertThat(NotionVersion.LATEST.header()).isEqualTo("2026-12-01");
    assertThat(NotionVersion.supported()).containsExactly("2025-09-03", "2026-03-11", "2026-12-01");
    assertThat(NotionVersion.parse(" 2026-03-11 ")).isEqualTo(NotionVersion.V2026_03_11);
  }

  @Test
  void anUnsupportedValueNamesTheSupportedOnes() {
    assertThatThrownBy(() -> NotionVersion.parse("2022-06-28")).isInstanceOf(SettingsException.class)
        .hasMessageContaining("NOTION_VERSION is \"2022-06-28\"").hasMessageContaining("2025-09-03, 2026-03-11, 2026-12-01");
    assertThatThrownBy(() -> new NotionSettings("t", "d", null, URI.create("http://x"), "latest", 3, null, null, null))
        .isInstanceOf(SettingsException.class);
  }

  @Test
  void eachDifferenceIsAskedOfTheVersion() {
    assertThat(NotionVersion.V2026_12_01.listsTitleOnlyByDefault()).isTrue();
    assertThat(NotionVersion.V2026_03_11.listsTitleOnlyByDefault()).isFalse();
    assertThat(NotionVersion.V2026_12_01.statusEqualsMatchesGroups()).isFalse();
    assertThat(NotionVersion.V2025_09_03.hasStatusGroupOperators()).isFalse();
    assertThat(NotionVersion.V2026_03_11.statusGroupsNeedBeta()).isTrue();
    assertThat(NotionVersion.V2026_12_01.statusGroupsNeedBeta()).isFalse();
    assertThat(NotionVersion.V2025_09_03.hasArchivedField()).isTrue();
    assertThat(NotionVersion.V2026_03_11.hasArchivedField()).isFalse();
  }
}
