package io.wiredchaos.notionwix.mapping.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.mapping.SyncHash;
import io.wiredchaos.notionwix.notion.api.NotionBlock;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Any block tree converts without throwing, into a valid document, identically every time. */
class ConversionPropertiesTest {

  private static final BodyConverter CONVERTER = new BodyConverter();

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

  private static RicosBody convert(List<NotionBlock> blocks) {
    return CONVERTER.convert("2a7104cd-477e-8123-b1aa-f00d00000001", blocks,
        id -> id.endsWith("0002") ? Optional.of("/post/two") : Optional.empty());
  }
}
