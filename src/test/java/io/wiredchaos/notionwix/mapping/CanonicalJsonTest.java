package io.wiredchaos.notionwix.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The streamed canonical JSON is byte for byte Jackson's sorted-keys serialisation, the definition the hashes on
 * Wix were taken of, for any value tree of the shapes mapped data has (and some it should not have).
 */
class CanonicalJsonTest {

  private static final String[] KEYS = {"type", "id", "nodes", "textData", "Type", "_id", "a", "", "é", "z9",
      "ü-key", "😀", "key with space", "\u0001ctl", "syncHash", "notionUrl", "A", "aa", "b"};
  private static final String[] TEXTS = {"", "plain", "😀 emoji", "line\nbreak\ttab", "<b>&amp;</b> \"q\" \\",
      "\u0000\u001f\u007f\u2028", "Crème brûlée", "x".repeat(9000), "🎉".repeat(3000), "/slash/",
      "é€".repeat(3000), "ü\"\\\n\r".repeat(2000)};

  @Property(tries = 500)
  void bytesEqualJacksonSortedKeys(@ForAll long seed) {
    Object value = value(new Random(seed), 0);
    assertThat(streamed(value)).isEqualTo(CanonicalJson.jackson().writeValueAsString(value));
  }

  @Property(tries = 200)
  void hashAndSizeMatchTheOldDefinition(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    Map<String, Object> data = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      data.put(KEYS[random.nextInt(KEYS.length)], value(random, 1));
    }
    Map<String, Object> content = new TreeMap<>(data);
    SyncHash.BOOKKEEPING.forEach(content::remove);
    byte[] old = CanonicalJson.jackson().writeValueAsBytes(content);
    String oldHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(old)).substring(0, 32);
    SyncHash.Digest digest = SyncHash.digest(data, null);
    assertThat(digest.hash()).isEqualTo(oldHash).isEqualTo(SyncHash.of(data));
    assertThat(digest.size()).isEqualTo(old.length);
  }

  @Property(tries = 200)
  void measuresTheBodyAndEachTopLevelNodeOnTheWay(@ForAll long seed) {
    Random random = new Random(seed);
    Map<String, Object> data = map(random, 3);
    List<Object> nodes = new ArrayList<>();
    for (int i = random.nextInt(30); i > 0; i--) {
      nodes.add(random.nextInt(10) == 0 ? value(random, 2) : map(random, 2));
    }
    Map<String, Object> body = new LinkedHashMap<>(Map.of("nodes", nodes, "metadata", Map.of("version", 1)));
    data.put(random.nextBoolean() ? "content" : "Body", body);
    SyncHash.Digest digest = SyncHash.digest(data, body);
    assertThat(digest.hash()).isEqualTo(SyncHash.of(data));
    assertThat(digest.bodyBytes()).isEqualTo(SyncHash.size(body));
    assertThat(digest.bodyNodes()).containsExactly(nodes.stream().mapToLong(SyncHash::size).toArray());
  }

  @Property(tries = 300)
  void rehashAfterACutEqualsAFreshHash(@ForAll long seed) {
    Random random = new Random(seed);
    Map<String, Object> data = map(random, 3);
    List<Object> nodes = new ArrayList<>();
    for (int i = random.nextInt(2 * CanonicalJson.MARK_FROM_NODES) + 1; i > 0; i--) {
      nodes.add(random.nextInt(10) == 0 ? value(random, 2) : map(random, 2));
    }
    Map<String, Object> body = new LinkedHashMap<>(Map.of("nodes", nodes, "metadata", Map.of("version", 1)));
    data.put(KEYS[random.nextInt(KEYS.length)] + "content", body);
    if (random.nextInt(8) == 0) {
      data.put("zz-same-body-again", body);
    }
    SyncHash.Digest first = SyncHash.digest(data, body);
    int kept = random.nextInt(nodes.size());
    List<Object> cut = new ArrayList<>(nodes.subList(0, kept));
    cut.add(map(random, 2));
    body.put("nodes", cut);
    SyncHash.Digest again = SyncHash.rehash(data, body, first, kept);
    SyncHash.Digest fresh = SyncHash.digest(data, null);
    assertThat(again.hash()).isEqualTo(fresh.hash());
    assertThat(again.size()).isEqualTo(fresh.size());
  }

  @Test
  void oddValuesFallBackToJackson() {
    Map<Object, Object> nonStringKeys = new LinkedHashMap<>();
    nonStringKeys.put(2, "two");
    nonStringKeys.put(1, "one");
    List<Object> odd = List.of(nonStringKeys, Instant.EPOCH, new BigDecimal("1.50"), BigInteger.TEN.pow(30), 1.5f,
        (short) 3, Double.NaN, Double.POSITIVE_INFINITY, new String[] {"b", "a"}, Set.of());
    assertThat(streamed(odd)).isEqualTo(CanonicalJson.jackson().writeValueAsString(odd));
  }

  private static String streamed(Object value) {
    String json = SyncHash.canonicalJson(value);
    assertThat(SyncHash.size(value)).isEqualTo(json.getBytes(StandardCharsets.UTF_8).length);
    return json;
  }

  private static Object value(Random random, int depth) {
    int kind = random.nextInt(depth > 5 ? 8 : 11);
    return switch (kind) {
      case 0 -> null;
      case 1 -> TEXTS[random.nextInt(TEXTS.length)];
      case 2 -> random.nextBoolean();
      case 3 -> random.nextLong();
      case 4 -> random.nextInt();
      case 5 -> random.nextInt(4) == 0 ? -0.0 : random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
      case 6 -> (double) random.nextInt(1000);
      case 7 -> random.nextBoolean() ? Map.of() : List.of();
      case 8, 9 -> map(random, depth);
      default -> {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
          list.add(value(random, depth + 1));
        }
        yield list;
      }
    };
  }

  private static Map<String, Object> map(Random random, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = random.nextInt(8); i > 0; i--) {
      map.put(KEYS[random.nextInt(KEYS.length)], value(random, depth + 1));
    }
    return map;
  }
}
