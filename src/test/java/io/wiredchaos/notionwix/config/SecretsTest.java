package io.wiredchaos.notionwix.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

  @Test
  void maskNeverShowsAnyCharacterOfTheSecret() {
    assertThat(Secrets.mask("ntn_abcdefghijkl")).doesNotContain("ntn").doesNotContain("ijkl").contains("16 chars");
    assertThat(Secrets.mask(null)).isEqualTo("<not set>");
    assertThat(Secrets.mask(" ")).isEqualTo("<not set>");
  }

  @Test
  void secretFileFillsAnUnsetVariable(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("token"), "from-file\n");
    Map<String, Object> values = Secrets.fromFiles(Map.of("NOTION_API_TOKEN_FILE", file.toString()));
    assertThat(values).containsEntry("NOTION_API_TOKEN", "from-file");
  }

  @Test
  void directVariableWinsOverItsFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("key"), "from-file");
    assertThat(Secrets.fromFiles(Map.of("WIX_API_KEY", "direct", "WIX_API_KEY_FILE", file.toString()))).isEmpty();
  }

  @Test
  void unreadableFileNamesTheVariableAndTheFile() {
    assertThatThrownBy(() -> Secrets.fromFiles(Map.of("WIX_API_KEY_FILE", "/nonexistent/key")))
        .hasMessageContaining("WIX_API_KEY_FILE").hasMessageContaining("/nonexistent/key");
  }
}
