package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.mapping.content.Ricos;
import io.wiredchaos.notionwix.mapping.content.RicosPlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The excerpt of the head of a body's plain text is the excerpt of all of it. */
class ExcerptHeadTest {

  private static final String[] PIECES = {"a", "word", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u2003", "\u00A0",
      "\u3000", "😀", "\uD83D", "\uDE00", "é", "x".repeat(120), " ".repeat(50), "😀".repeat(40)};
  private static final String[] TYPES = {"PARAGRAPH", "HEADING", "CODE_BLOCK", "CAPTION", "BLOCKQUOTE", "LIST_ITEM",
      "BULLETED_LIST", "IMAGE"};

  @Property(tries = 1000)
  void sameExcerptAsFromTheWholeText(@ForAll long seed) {
    Random random = new Random(seed);
    Map<String, Object> document = Ricos.map("nodes", nodes(random, 0), "metadata", Ricos.map("version", 1));
    String whole = RicosPlainText.of(document);
    String head = RicosPlainText.head(document, PageMapper.EXCERPT_SOURCE);
    assertThat(whole).startsWith(head.strip());
    assertThat(PageMapper.excerpt(head)).isEqualTo(PageMapper.excerpt(whole));
  }

  private static List<Map<String, Object>> nodes(Random random, int depth) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (int i = random.nextInt(depth == 0 ? 30 : 6); i > 0; i--) {
      if (depth > 0 && random.nextInt(3) > 0) {
        StringBuilder text = new StringBuilder();
        for (int j = random.nextInt(random.nextBoolean() ? 4 : 30); j > 0; j--) {
          text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        nodes.add(Ricos.text("t" + i, text.toString(), List.of()));
      } else {
        nodes.add(Ricos.node(TYPES[random.nextInt(TYPES.length)], "n" + i, depth < 4 ? nodes(random, depth + 1)
            : List.of()));
      }
    }
    return nodes;
  }
}
