package io.wiredchaos.notionwix.wix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiredchaos.notionwix.config.WixSettings;
import io.wiredchaos.notionwix.mapping.MediaPlaceholder;
import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.ImportedMedia;
import io.wiredchaos.notionwix.sync.ItemResult;
import io.wiredchaos.notionwix.sync.ItemWrite;
import io.wiredchaos.notionwix.sync.MediaSource;
import io.wiredchaos.notionwix.sync.SourceSchema;
import io.wiredchaos.notionwix.sync.SyncFailure;
import io.wiredchaos.notionwix.sync.Target;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class WixTargetTest {

  final FakeWix wix = new FakeWix();
  final WixTarget target = new WixTarget(wix, new WixSettings("key", "site-1", "NotionPages",
      URI.create("http://localhost"), 200));
  final SourceSchema schema = new SourceSchema("f", Map.of("title", "TEXT", "notionPageId", "TEXT"));

  @Test
  void dateOnlyValuesBoundForADatetimeFieldAreSentAsDates() {
    wix.fields = null;
    target.prepare(new SourceSchema("f", Map.of("publishDate", "DATETIME", "day", "DATE", "notionPageId", "TEXT")),
        true);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("publishDate", "2026-11-02");
    data.put("day", "2026-11-03");
    data.put("notionPageId", "2026-11-04");
    target.save(List.of(new ItemWrite("p1", data, Map.of())));
    Map<String, Object> sent = wix.saved.getFirst();
    assertThat(sent.get("publishDate")).isEqualTo(Map.of("$date", "2026-11-02T00:00:00.000Z"));
    assertThat(sent.get("day")).isEqualTo("2026-11-03");
    assertThat(sent.get("notionPageId")).isEqualTo("2026-11-04");
  }

  @Test
  void aMissingCollectionIsAConfigurationErrorUnlessCreationIsAllowed() {
    wix.fields = null;
    assertThatThrownBy(() -> target.prepare(schema, false)).isInstanceOf(SyncFailure.class)
        .hasMessageContaining("\"NotionPages\" does not exist").hasMessageContaining("--create-collection");
    target.prepare(schema, true);
    assertThat(wix.created).containsEntry("title", "TEXT");
  }

  @Test
  void aCollectionLackingMappedFieldsNamesThem() {
    wix.fields = Map.of("title", "TEXT");
    assertThatThrownBy(() -> target.prepare(schema, false))
        .satisfies(e -> assertThat(((SyncFailure) e).kind()).isEqualTo(FailureKind.CONFIG))
        .hasMessageContaining("notionPageId (TEXT)").hasMessageContaining("--create-collection");
    assertThat(wix.added).isNull();
  }

  @Test
  void withCreationAllowedOnlyTheMissingFieldsAreAddedAndReported() {
    wix.fields = Map.of("title", "NUMBER", "handMade", "TEXT");
    List<String> changes = target.prepare(schema, true);
    assertThat(wix.added).containsExactly(Map.entry("notionPageId", "TEXT"));
    assertThat(wix.created).isNull();
    assertThat(changes).singleElement().asString().contains("notionPageId (TEXT)").contains("\"NotionPages\"");
    assertThat(target.prepare(new SourceSchema("f", Map.of("title", "TEXT")), true)).isEmpty();
  }

  @Test
  void existingItemsAreReadFromTheProjectedQuery() {
    wix.items.add(Map.of("_id", "p-1", "notionPageId", "p-1", "syncHash", "h1", "title", "One",
        "notionLastEdited", Map.of("$date", "2026-11-20T10:00:00Z"),
        "_updatedDate", Map.of("$date", "2026-11-20T10:05:00Z")));
    wix.items.add(Map.of("_id", "hand-1", "title", "By hand"));
    var items = target.existingItems();
    assertThat(items).hasSize(2);
    assertThat(items.get(0).notionLastEdited()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
    assertThat(items.get(0).writtenAt()).isEqualTo(Instant.parse("2026-11-20T10:05:00Z"));
    assertThat(items.get(1).managed()).isFalse();
    assertThat(wix.projection).contains("_id", "syncHash", "notionLastEdited", "_updatedDate");
  }

  @Test
  void anItemOverFiveHundredKilobytesIsReportedAndNotSent() {
    Map<String, Object> big = new LinkedHashMap<>(Map.of("title", "Huge", "content", "x".repeat(600_000)));
    List<ItemResult> results = target.save(List.of(new ItemWrite("p-big", big, Map.of()),
        new ItemWrite("p-ok", Map.of("title", "Fine"), Map.of())));
    assertThat(results.get(0).ok()).isFalse();
    assertThat(results.get(0).message()).contains("600 KB").contains("500 KB");
    assertThat(results.get(1).ok()).isTrue();
    assertThat(wix.saved).singleElement().satisfies(d -> assertThat(d).containsEntry("_id", "p-ok"));
  }

  @Test
  void mediaPlaceholdersBecomeWixImagesBeforeSending() {
    String key = "prod-files-secure.s3.us-west-2.amazonaws.com/ws/abc/cover.png";
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("notionPageId", "p-1");
    data.put("coverImage", MediaPlaceholder.of(key));
    target.save(List.of(new ItemWrite("p-1", data, Map.of(key,
        new ImportedMedia(key, "wix:image://v1/abc~mv2.png/cover.png#originWidth=4&originHeight=3",
            "https://static.wixstatic.com/media/abc~mv2.png", 4, 3)))));
    assertThat(wix.saved.getFirst().toString()).doesNotContain(MediaPlaceholder.PREFIX).contains("abc~mv2.png");
  }

  @Test
  void aFailedImportOfASignedUrlIsReportedAsExpiredSoTheEngineRefreshesIt() {
    wix.importFailure = new SyncFailure(FailureKind.DATA, "import FAILED");
    MediaSource signed = new MediaSource("s3/a.png", "https://files/a.png?X-Amz-Signature=1", "p-1", "b-1");
    assertThatThrownBy(() -> target.importMedia(signed)).isInstanceOf(Target.MediaExpired.class);
    MediaSource external = new MediaSource("cdn/a.png", "https://cdn.example/a.png", "p-1", "b-1");
    assertThatThrownBy(() -> target.importMedia(external)).isNotInstanceOf(Target.MediaExpired.class);
  }

  @Test
  void filesImportedByAnEarlierRunAreFoundByTheirDisplayName() {
    MediaSource media = new MediaSource("s3/ws/photo.png", "https://files/photo.png?X-Amz-Signature=1", "p", "b");
    String name = new MediaNames().displayName(media);
    assertThat(name).startsWith("notion-").endsWith("-photo.png");
    wix.files.add(new WixWrites.MediaFile("f-1", name, "https://static/f-1", 8, 8));
    assertThat(target.findImported(List.of("s3/ws/photo.png", "s3/other.png"))).containsOnlyKeys("s3/ws/photo.png");
  }

  /** In-memory Wix calls. */
  static final class FakeWix implements WixWrites {
    final java.util.Set<String> deletedFiles = new java.util.HashSet<>();

    @Override
    public java.util.Set<String> missingFiles(Collection<String> mediaIds) {
      return mediaIds.stream().filter(deletedFiles::contains).collect(java.util.stream.Collectors.toSet());
    }

    Map<String, String> fields = Map.of("title", "TEXT", "notionPageId", "TEXT");
    Map<String, String> created;
    final List<Map<String, Object>> items = new ArrayList<>();
    final List<Map<String, Object>> saved = new ArrayList<>();
    final List<MediaFile> files = new ArrayList<>();
    List<String> projection;
    SyncFailure importFailure;

    public Optional<Map<String, String>> collectionFields(String id) {
      return Optional.ofNullable(fields);
    }

    public void createCollection(String id, Map<String, String> f) {
      created = f;
    }

    Map<String, String> added;

    public void addFields(String id, Map<String, String> f) {
      added = new LinkedHashMap<>(f);
    }

    public void queryManagedItems(String id, List<String> f, Consumer<Map<String, Object>> sink) {
      projection = f;
      items.forEach(sink);
    }

    public Map<String, Map<String, Object>> getItems(String id, Collection<String> ids) {
      return Map.of();
    }

    public List<ItemResult> bulkSave(String id, List<Map<String, Object>> batch) {
      saved.addAll(batch);
      return batch.stream().map(d -> ItemResult.stored((String) d.get("_id"), d)).toList();
    }

    public List<ItemResult> bulkRemove(String id, List<String> ids) {
      return ids.stream().map(i -> ItemResult.stored(i, null)).toList();
    }

    public MediaFile importFile(String url, String displayName) {
      if (importFailure != null) {
        throw importFailure;
      }
      return new MediaFile("f", displayName, "https://static/f", 1, 1);
    }

    public List<MediaFile> listFiles(String prefix) {
      return files;
    }
  }
}
