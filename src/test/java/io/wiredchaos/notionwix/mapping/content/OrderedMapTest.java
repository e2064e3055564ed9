package io.wiredchaos.notionwix.mapping.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.json.JsonMapper;

/** OrderedMap behaves as a LinkedHashMap (insertion order) under any sequence of operations. */
class OrderedMapTest {

  private static final String[] KEYS = {"type", "id", "nodes", "textData", "a", "b", "c", "d", "e", "f", null};
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Property(tries = 1000)
  void sameAsLinkedHashMap(@ForAll long seed) {
    Random random = new Random(seed);
    OrderedMap ordered = new OrderedMap(random.nextInt(4));
    Map<String, Object> linked = new LinkedHashMap<>();
    for (int step = random.nextInt(60); step > 0; step--) {
      String key = KEYS[random.nextInt(KEYS.length)];
      String copy = key == null ? null : new String(key);
      Object value = random.nextInt(5) == 0 ? null : random.nextInt(10);
      switch (random.nextInt(9)) {
        case 0, 1, 2 -> assertThat(ordered.put(copy, value)).isEqualTo(linked.put(key, value));
        case 3 -> assertThat(ordered.remove(copy)).isEqualTo(linked.remove(key));
        case 4 -> assertThat(ordered.putIfAbsent(copy, value)).isEqualTo(linked.putIfAbsent(key, value));
        case 5 -> {
          Iterator<Map.Entry<String, Object>> a = ordered.entrySet().iterator();
          Iterator<Map.Entry<String, Object>> b = linked.entrySet().iterator();
          int skip = random.nextInt(ordered.size() + 1);
          while (a.hasNext() && skip-- > 0) {
            assertThat(a.next()).isEqualTo(b.next());
          }
          if (a.hasNext()) {
            Map.Entry<String, Object> entry = a.next();
            b.next().setValue(value);
            entry.setValue(value);
            if (random.nextBoolean()) {
              a.remove();
              b.remove();
            }
          }
        }
        case 6 -> {
          if (random.nextInt(10) == 0) {
            ordered.clear();
            linked.clear();
          }
        }
        default -> {
          assertThat(ordered.get(copy)).isEqualTo(linked.get(key));
          assertThat(ordered.containsKey(copy)).isEqualTo(linked.containsKey(key));
        }
      }
      assertThat(ordered.size()).isEqualTo(linked.size());
      assertThat(ordered.entrySet()).containsExactlyElementsOf(linked.entrySet());
      assertThat(ordered).isEqualTo(linked);
      assertThat(linked).isEqualTo(ordered);
      assertThat(ordered.hashCode()).isEqualTo(linked.hashCode());
      assertThat(ordered.toString()).isEqualTo(linked.toString());
    }
    linked.remove(null);
    ordered.remove(null);
    assertThat(JSON.writeValueAsString(ordered)).isEqualTo(JSON.writeValueAsString(linked));
  }
}
