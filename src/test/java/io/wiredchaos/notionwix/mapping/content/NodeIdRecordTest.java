package io.wiredchaos.notionwix.mapping.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.mapping.SyncHash;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The duplicate-id walk is skipped only when it would have changed nothing. */
class NodeIdRecordTest {

  @Property(tries = 600)
  void aSkippedWalkWouldHaveRenamedNothing(@ForAll long seed) {
    Map<String, Object> document = new BodyConverter()
        .convert("page", new RandomBlocks(seed).tree(0), id -> Optional.empty()).document();
    String converted = SyncHash.canonicalJson(document);
    UniqueNodeIds.apply(Ricos.children(document));
    assertThat(SyncHash.canonicalJson(document)).as("seed %d", seed).isEqualTo(converted);
  }

  @Test
  void repeatsAreSeenOnlyWhileABodyConvertsAndNestingRestoresTheOuterRecord() {
    NodeIdRecord.note("b1");
    try (NodeIdRecord outer = NodeIdRecord.open()) {
      Ricos.node("PARAGRAPH", "b1", List.of());
      try (NodeIdRecord inner = NodeIdRecord.open()) {
        Ricos.node("PARAGRAPH", "b2", List.of());
        assertThat(inner.repeated()).isFalse();
      }
      assertThat(outer.repeated()).isFalse();
      Ricos.node("PARAGRAPH", "b1", List.of());
      assertThat(outer.repeated()).isTrue();
    }
  }
}
