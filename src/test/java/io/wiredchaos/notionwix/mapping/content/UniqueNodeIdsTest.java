package io.wiredchaos.notionwix.mapping.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UniqueNodeIdsTest {

  @Test
  void theTreeThatOnceProducedADuplicateIdIsNowValid() {
    var body = new BodyConverter().convert("page", new RandomBlocks(8848741L).tree(0), id -> Optional.empty());
    assertThat(RicosValidator.violations(body.document())).isEmpty();
  }

  @Test
  void laterDuplicatesAreRenamedInDocumentOrderAndFirstOnesKept() {
    List<Map<String, Object>> nodes = new ArrayList<>(List.of(Ricos.map("id", "b1", "type", "PARAGRAPH"),
        Ricos.map("id", "b1", "type", "PARAGRAPH", "nodes", new ArrayList<>(List.of(
            Ricos.map("id", "b1", "type", "PARAGRAPH"))))));
    UniqueNodeIds.apply(nodes);
    assertThat(nodes.get(0)).containsEntry("id", "b1");
    assertThat(nodes.get(1)).containsEntry("id", "b1-2");
    assertThat(((List<Map<String, Object>>) nodes.get(1).get("nodes")).get(0)).containsEntry("id", "b1-3");
  }
}
