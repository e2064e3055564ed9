package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferencesTest {

  private final NotionDataSource schema = NotionJson.referenceDataSource();
  private final FieldMapping mapping = DefaultMapping.of(schema, "NotionPages");

  @Test
  void relationsIntoSyncedDataSourcesAreMultiReferences() {
    assertThat(References.multiReferenceFields(mapping, schema, Set.of("164b19c558e54a47a3a9c905d9519c65")))
        .containsExactly("relatedPosts");
    assertThat(References.multiReferenceFields(mapping, schema, Set.of("00000000-0000-0000-0000-000000000000")))
        .isEmpty();
  }
}
