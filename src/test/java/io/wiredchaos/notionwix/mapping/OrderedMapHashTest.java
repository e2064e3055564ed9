package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredchaos.notionwix.mapping.content.OrderedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Ricos nodes are OrderedMaps: their canonical JSON and hash are those of the same tree of LinkedHashMaps. */
class OrderedMapHashTest {

  private static final String[] KEYS = {"type", "id", "nodes", "textData", "paragraphData", "_id", "a", "", "é",
      "\"q\"", "syncHash", "b", "decorations", "text"};

  @Property(tries = 500)
  void sameBytesAsLinkedHashMaps(@ForAll long seed) {
    Random random = new Random(seed);
    Map<String, Object> linked = map(random, 0);
    Object ordered = ordered(linked);
    assertThat(SyncHash.canonicalJson(ordered)).isEqualTo(SyncHash.canonicalJson(linked))
        .isEqualTo(CanonicalJson.jackson().writeValueAsString(linked));
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) ordered;
    assertThat(SyncHash.of(data)).isEqualTo(SyncHash.of(linked));
  }

  private static Map<String, Object> map(Random random, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = random.nextInt(depth == 0 ? 12 : 7); i > 0; i--) {
      String key = KEYS[random.nextInt(KEYS.length)];
      map.put(random.nextInt(20) == 0 ? key + i : key, switch (depth > 3 ? 0 : random.nextInt(6)) {
        case 0 -> "v" + random.nextInt(100);
        case 1 -> random.nextInt(5) == 0 ? null : random.nextLong();
        case 2 -> random.nextBoolean();
        case 3 -> {
          List<Object> list = new ArrayList<>();
          for (int j = random.nextInt(4); j > 0; j--) {
            list.add(map(random, depth + 1));
          }
          yield list;
        }
        default -> map(random, depth + 1);
      });
    }
    return map;
  }

  private static Object ordered(Object value) {
    if (value instanceof Map<?, ?> map) {
      OrderedMap copy = new OrderedMap(map.size());
      map.forEach((k, v) -> copy.put((String) k, ordered(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      return new ArrayList<>(list.stream().map(OrderedMapHashTest::ordered).toList());
    }
    return value;
  }
}
