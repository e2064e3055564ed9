package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.mapping.content.RicosValidator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders of the reference page (cover, files property, body media) swapped for Wix media. */
class MediaRewriteTest {

  private final FieldMapping mapping = DefaultMapping.of(NotionJson.referenceDataSource(), "NotionPages");
  private final MappedItem item = new PageMapper().map(NotionJson.referencePages().getFirst(),
      NotionJson.referenceBody(), MappingContext.of(mapping));

  private Map<String, WixMedia> importedAll() {
    Map<String, WixMedia> imported = new HashMap<>();
    int n = 0;
    for (MediaRef ref : item.media()) {
      n++;
      imported.put(ref.sourceKey(), new WixMedia("f" + n + "_abc~mv2.png", "https://static.wixstatic.com/media/f" + n
          + "_abc~mv2.png", 800, 600));
    }
    return imported;
  }

  @Test
  void everyPlaceholderBecomesAWixReference() {
    MediaRewrite.Result result = MediaRewrite.apply(item.data(), importedAll());
    String json = SyncHash.canonicalJson(result.data());
    assertThat(result.warnings()).isEmpty();
    assertThat(json).doesNotContain(MediaPlaceholder.PREFIX).doesNotContain("X-Amz").doesNotContain("prod-files-secure");
    assertThat((String) result.data().get("coverImage"))
        .matches("wix:image://v1/f\\d+_abc~mv2.png/cover.jpg#originWidth=800&originHeight=600");
    assertThat(json).contains("{\"height\":600,\"src\":{\"id\":\"f");
    assertThat(result.data().get("syncHash")).isEqualTo(item.syncHash());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) result.data().get("content");
    assertThat(RicosValidator.violations(content)).isEmpty();
    assertThat(item.data().get("coverImage")).asString().startsWith(MediaPlaceholder.PREFIX)
        .as("input not modified");
  }

  @Test
  void failedImportsLeaveNoNotionUrlAndWarn() {
    MediaRewrite.Result result = MediaRewrite.apply(item.data(), Map.of());
    String json = SyncHash.canonicalJson(result.data());
    assertThat(json).doesNotContain(MediaPlaceholder.PREFIX).doesNotContain("prod-files-secure");
    assertThat(result.data().get("coverImage")).isNull();
    assertThat(result.warnings()).extracting(ConversionWarning::code).containsOnly("MEDIA_MISSING");
    assertThat(result.warnings()).hasSizeGreaterThanOrEqualTo(item.media().size() - 1);
    assertThat(result.data().get("syncHash")).as("changed so the next run retries").isNotEqualTo(item.syncHash());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) result.data().get("content");
    assertThat(RicosValidator.violations(content)).as("caption paragraph replaces the image").isEmpty();
    assertThat(json).contains("Uploaded in the Notion UI (expires)");
  }

  @Test
  void galleryItemsAndUrisInBothIdForms() {
    Map<String, Object> data = new java.util.LinkedHashMap<>();
    data.put("gallery", List.of(
        Map.of("type", "image", "src", MediaPlaceholder.of("s3/a/one%20two.png"), "title", "one"),
        Map.of("type", "video", "src", MediaPlaceholder.of("s3/a/clip.mp4")),
        Map.of("type", "image", "src", MediaPlaceholder.of("s3/a/missing.png"))));
    data.put("hero", MediaPlaceholder.of("s3/a/hero.png"));
    MediaRewrite.Result result = MediaRewrite.apply(data, Map.of(
        "s3/a/one%20two.png", new WixMedia("id1~mv2.png", "https://static.wixstatic.com/media/id1~mv2.png", 10, 20),
        "s3/a/clip.mp4", new WixMedia("vid1", "https://video.wixstatic.com/vid1.mp4", 0, 0),
        "s3/a/hero.png", new WixMedia("wix:image://v1/id2~mv2.png/hero.png#originWidth=1&originHeight=2", "u", 1, 2)));
    assertThat(result.data().get("gallery")).isEqualTo(List.of(
        Map.of("type", "image", "src", "wix:image://v1/id1~mv2.png/one%20two.png#originWidth=10&originHeight=20",
            "title", "one"),
        Map.of("type", "video", "src", "https://video.wixstatic.com/vid1.mp4")));
    assertThat(result.data().get("hero")).isEqualTo("wix:image://v1/id2~mv2.png/hero.png#originWidth=1&originHeight=2");
    assertThat(result.warnings()).hasSize(1).first().extracting(ConversionWarning::message).asString()
        .contains("s3/a/missing.png");
    assertThat(MediaRewrite.bareId("wix:image://v1/id2~mv2.png/hero.png#x")).isEqualTo("id2~mv2.png");
  }
}
