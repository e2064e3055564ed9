package io.wiredchaos.notionwix.mapping.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.mapping.DefaultMapping;
import io.wiredchaos.notionwix.mapping.MappedItem;
import io.wiredchaos.notionwix.mapping.MappingContext;
import io.wiredchaos.notionwix.mapping.NotionJson;
import io.wiredchaos.notionwix.mapping.PageMapper;
import io.wiredchaos.notionwix.mapping.SyncHash;
import io.wiredchaos.notionwix.notion.api.NotionBlock;
import io.wiredchaos.notionwix.notion.api.NotionPage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Any block tree converts (and maps) without throwing, into a valid document, identically every time. */
class ConversionPropertiesTest {

  private static final BodyConverter CONVERTER = new BodyConverter();
  private static final PageMapper MAPPER = new PageMapper();
  private static final NotionPage PAGE = NotionJson.referencePages().getFirst();
  private static final MappingContext CONTEXT = new MappingContext(
      DefaultMapping.of(NotionJson.referenceDataSource(), "NotionPages"),
      id -> id.endsWith("0002") ? Optional.of("/post/two") : Optional.empty(), null, null);

  @Property(tries = 400)
  void neverThrowsAlwaysValidAlwaysIdentical(@ForAll long seed) {
    List<NotionBlock> blocks = new RandomBlocks(seed).tree(0);
    RicosBody first = convert(blocks);
    RicosBody second = convert(blocks);
    assertThat(RicosValidator.violations(first.document())).as("seed %d", seed).isEmpty();
    assertThat(SyncHash.canonicalJson(second.document())).isEqualTo(SyncHash.canonicalJson(first.document()));
    assertThat(second.warnings()).isEqualTo(first.warnings());
    assertThat(second.html()).isEqualTo(first.html());
    assertThat(first.html()).doesNotContain("<script");
  }

  /** The whole mapping (properties, body, excerpt, size limit, hash) of a random body: no throw, same bytes. */
  @Property(tries = 150)
  void mappedItemsAndHashesAreStable(@ForAll long seed) {
    MappedItem first = MAPPER.map(PAGE, new RandomBlocks(seed).tree(0), CONTEXT);
    MappedItem second = MAPPER.map(PAGE, new RandomBlocks(seed).tree(0), CONTEXT);
    assertThat(second.syncHash()).as("seed %d", seed).isEqualTo(first.syncHash()).matches("[0-9a-f]{32}");
    assertThat(SyncHash.canonicalJson(second.data())).isEqualTo(SyncHash.canonicalJson(first.data()));
    assertThat(SyncHash.of(first.data())).isEqualTo(first.syncHash());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) first.data().get("content");
    assertThat(RicosValidator.violations(content)).isEmpty();
  }

  private static RicosBody convert(List<NotionBlock> blocks) {
    return CONVERTER.convert("2a7104cd-477e-8123-b1aa-f00d00000001", blocks,
        id -> id.endsWith("0002") ? Optional.of("/post/two") : Optional.empty());
  }
}
