package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.mapping.content.RicosValidator;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Default mapping of the reference page, which has a value of every property type (notion-examples README). */
class PageMapperTest {

  private final NotionPage page = NotionJson.referencePages().getFirst();
  private final FieldMapping mapping = DefaultMapping.of(NotionJson.referenceDataSource(), "NotionPages");
  private final MappedItem item = new PageMapper().map(page, NotionJson.referenceBody(), MappingContext.of(mapping));

  @Test
  void mapsEveryPropertyTypeToItsWixValue() {
    Map<String, Object> data = item.data();
    assertThat(item.itemId()).isEqualTo("2a7104cd-477e-8123-b1aa-f00d00000001");
    assertThat(data.get("title")).isEqualTo("Syncing Notion to Wix without losing images");
    assertThat(data.get("readingTime")).isEqualTo(7.5);
    assertThat(data.get("category")).isEqualTo("Engineering");
    assertThat(data.get("tags")).isEqualTo(List.of("java", "notion"));
    assertThat(data.get("status")).isEqualTo("Published");
    assertThat(data.get("publishDate")).isEqualTo(Map.of("$date", "2026-09-15T07:00:00.000Z"));
    assertThat(data.get("featured")).isEqualTo(true);
    assertThat(data.get("canonicalUrl")).isEqualTo("https://www.example.com/blog/notion-to-wix");
    assertThat(data.get("contactEmail")).isEqualTo("editor@example.com");
    assertThat(data.get("contactPhone")).isEqualTo("+1 415 555 0123");
    assertThat(data.get("slugFormula")).isEqualTo("syncing-notion-to-wix");
    assertThat(data.get("wordCountX2Formula")).isEqualTo(3084L);
    assertThat(data.get("isLongReadFormula")).isEqualTo(true);
    assertThat(data.get("reviewDueFormula")).isEqualTo("2026-12-15");
    assertThat(data.get("heavyFormula")).isNull();
    assertThat((List<?>) data.get("relatedPosts")).hasSize(25).first().isEqualTo("3b8204cd-477e-81aa-9c01-000000000001");
    assertThat(data.get("relatedReadingTimeRollup")).isEqualTo(61.5);
    assertThat(data.get("firstRelatedDateRollup")).isEqualTo("2025-11-02");
    assertThat(data.get("relatedTimesRollup")).isEqualTo(List.of(4L, 12.5));
    assertThat(data.get("created")).isEqualTo(Map.of("$date", "2026-09-01T09:00:00.000Z"));
    assertThat(data.get("postId")).isEqualTo("POST-42");
    assertThat(data.get("verification")).isEqualTo("verified");
    assertThat(data).doesNotContainKey("share");
    assertThat(data.get("location")).isEqualTo(Map.of("formatted", "1 Market St, San Francisco, CA",
        "location", Map.of("latitude", 37.7749, "longitude", -122.4194)));
  }

  @Test
  void bookkeepingAndHash() {
    Map<String, Object> data = item.data();
    assertThat(data.get("notionPageId")).isEqualTo(item.itemId());
    assertThat(data.get("notionLastEdited")).isEqualTo(Map.of("$date", "2026-09-15T10:14:00.000Z"));
    assertThat(data.get("syncHash")).isEqualTo(item.syncHash());
    assertThat(item.syncHash()).matches("[0-9a-f]{32}");
    assertThat(data.get("slug")).isEqualTo("syncing-notion-to-wix-without-losing-images");
    assertThat((String) data.get("excerpt")).hasSizeLessThanOrEqualTo(300).startsWith("Why we mirror Notion into Wix");
  }

  @Test
  void hostedFilesBecomePlaceholdersWithMediaRefs() {
    assertThat(item.data().get("coverImage")).asString().startsWith(MediaPlaceholder.PREFIX).doesNotContain("X-Amz");
    assertThat(item.media()).extracting(MediaRef::role).contains("cover", "image", "property:attachments");
    assertThat(item.media()).allSatisfy(m -> assertThat(m.sourceKey()).doesNotContain("?"));
    assertThat(SyncHash.canonicalJson(item.data())).doesNotContain("X-Amz-");
  }

  @Test
  void contentIsAValidRicosDocument() {
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) item.data().get("content");
    assertThat(RicosValidator.violations(content)).isEmpty();
  }

  @Test
  void sameInputGivesSameHashAndBytes() {
    MappedItem again = new PageMapper().map(page, NotionJson.referenceBody(), MappingContext.of(mapping));
    assertThat(SyncHash.canonicalJson(again.data())).isEqualTo(SyncHash.canonicalJson(item.data()));
    assertThat(again.syncHash()).isEqualTo(item.syncHash());
  }

  @Test
  void hashIgnoresBookkeepingButSeesContent() {
    NotionPage touched = new NotionPage(page.id(), page.createdTime(), page.lastEditedTime().plusSeconds(3600),
        false, "https://app.notion.com/p/other", page.parent(), page.cover(), page.icon(), page.properties());
    assertThat(new PageMapper().map(touched, NotionJson.referenceBody(), MappingContext.of(mapping)).syncHash())
        .isEqualTo(item.syncHash());
    assertThat(new PageMapper().map(page, List.of(), MappingContext.of(mapping)).syncHash())
        .isNotEqualTo(item.syncHash());
  }

  @Test
  void oversizedBodyIsCutVisiblyUnderTheItemLimit() {
    String text = "x".repeat(300);
    List<io.wiredchaos.notionwix.notion.api.NotionBlock> body = new java.util.ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      body.add(new io.wiredchaos.notionwix.notion.api.NotionBlock(String.format("%032x", i), "paragraph", false,
          NotionJson.parse("{\"rich_text\":[{\"plain_text\":\"" + text + "\"}]}"), List.of()));
    }
    MappedItem big = new PageMapper().map(page, body, MappingContext.of(mapping));
    assertThat(SyncHash.canonicalJson(big.data()).length()).isLessThan(ItemSize.BUDGET + 2_000);
    assertThat(big.warnings()).extracting(ConversionWarning::code).contains("CONTENT_TRUNCATED");
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) big.data().get("content");
    assertThat(RicosValidator.violations(content)).isEmpty();
    assertThat(SyncHash.canonicalJson(content)).contains("too long for the site");
  }
}
