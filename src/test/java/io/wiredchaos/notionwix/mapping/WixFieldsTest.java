package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WixFieldsTest {

  @Test
  void everyFieldTheItemsCarryWithItsType() {
    Map<String, String> fields = WixFields.of(DefaultMapping.of(NotionJson.referenceDataSource(), "c"));
    assertThat(fields).containsEntry("title", "TEXT").containsEntry("slug", "TEXT")
        .containsEntry("content", "RICH_CONTENT").containsEntry("excerpt", "TEXT").containsEntry("coverImage", "IMAGE")
        .containsEntry("publishDate", "DATETIME").containsEntry("publishDateEnd", "DATETIME")
        .containsEntry("attachments", "IMAGE").containsEntry("attachmentsGallery", "MEDIA_GALLERY")
        .containsEntry("tags", "ARRAY_STRING").containsEntry("relatedPosts", "ARRAY_STRING")
        .containsEntry("location", "ADDRESS").containsEntry("slugFormula", "ANY")
        .containsEntry("syncHash", "TEXT").containsEntry("notionLastEdited", "DATETIME");
    MappedItem item = new PageMapper().map(NotionJson.referencePages().getFirst(), List.of(),
        MappingContext.of(DefaultMapping.of(NotionJson.referenceDataSource(), "c")));
    assertThat(fields.keySet()).containsAll(item.data().keySet());
  }
}
