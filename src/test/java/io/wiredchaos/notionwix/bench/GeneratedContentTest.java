package io.wiredchaos.notionwix.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class GeneratedContentTest {

  private final GeneratedContent standard = new GeneratedContent(1_000, GeneratedContent.Shape.STANDARD, 7);
  private final GeneratedContent big = new GeneratedContent(1, GeneratedContent.Shape.BIG, 7);

  @Test
  void standardPagesHoldAboutFortyBlocksWithThreeContainers() {
    IntStream.range(0, 50).forEach(i -> {
      assertThat(standard.blockCount(i)).isBetween(37, 42);
      assertThat(standard.bodyReadCalls(i)).isEqualTo(4);
    });
    long withImage = IntStream.range(0, 1_000).filter(GeneratedContent::hasImage).count();
    assertThat(withImage).isEqualTo(100);
  }

  @Test
  void bigPageHasFiveThousandBlocksSixLevelsDeep() {
    assertThat(big.blockCount(0)).isEqualTo(5_000);
    assertThat(depth(big.body(0))).isEqualTo(6);
    assertThat(big.bodyReadCalls(0)).isEqualTo(1 + 22 * 9);
  }

  @Test
  void servesChildrenOfPagesAndContainersBySameIdsEveryTime() {
    String page = GeneratedContent.pageId(123);
    List<ObjectNode> top = standard.children(page);
    ObjectNode toggle = top.stream().filter(b -> b.path("type").asString().equals("toggle")).findFirst().orElseThrow();
    assertThat(toggle.path("has_children").asBoolean()).isTrue();
    List<ObjectNode> inside = standard.children(toggle.path("id").asString());
    assertThat(inside).hasSize(4);
    assertThat(standard.children(page)).isEqualTo(top);
    assertThat(standard.block(inside.getFirst().path("id").asString())).isEqualTo(inside.getFirst());
    assertThat(standard.children("7b3c9e2a-41d5-4f08-9a6e-2c1d8f0b5e71")).isNull();
    assertThat(standard.children(GeneratedContent.pageId(1_000))).isNull();
  }

  @Test
  void floorIsTheSlowerOfTheTwoBudgets() {
    RequestFloor floor = RequestFloor.of(1_000, 4_000, 0, 1_000, 0, 100, 3, 200);
    assertThat(floor.notionMin()).isEqualTo(1 + 10 + 4_000);
    assertThat(floor.wixMin()).isEqualTo(1 + 1 + 1 + 200);
    assertThat(floor.seconds()).isEqualTo(4_011 / 3.0);
  }

  private static int depth(List<BlockNode> blocks) {
    return blocks.stream().mapToInt(b -> 1 + depth(b.children())).max().orElse(0);
  }
}
