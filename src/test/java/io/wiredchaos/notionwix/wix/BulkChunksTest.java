package io.wiredchaos.notionwix.wix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BulkChunksTest {

  @Test
  void splitsByCount() {
    List<Integer> items = IntStream.range(0, 2500).boxed().toList();
    var chunks = BulkChunks.split(items, 1000, Integer.MAX_VALUE, i -> 10);
    assertThat(chunks).extracting(c -> c.elements().size()).containsExactly(1000, 1000, 500);
    assertThat(chunks).extracting(BulkChunks.Chunk::offset).containsExactly(0, 1000, 2000);
    assertThat(chunks.get(1).elements().getFirst()).isEqualTo(1000);
  }

  @Test
  void splitsBySizeAndKeepsOversizeElementsAlone() {
    List<Integer> sizes = List.of(400, 400, 300, 1500, 100, 100);
    var chunks = BulkChunks.split(sizes, 1000, 1000, i -> i);
    assertThat(chunks).extracting(BulkChunks.Chunk::elements)
        .containsExactly(List.of(400, 400), List.of(300), List.of(1500), List.of(100, 100));
    assertThat(chunks).extracting(BulkChunks.Chunk::offset).containsExactly(0, 2, 3, 4);
    assertThat(chunks).allSatisfy(c -> assertThat(c.elements().stream().mapToInt(i -> i).sum() <= 1000
        || c.elements().size() == 1).isTrue());
  }

  @Test
  void emptyInputGivesNoChunks() {
    assertThat(BulkChunks.split(List.<String>of(), 1000, 1000, String::length)).isEmpty();
  }
}
