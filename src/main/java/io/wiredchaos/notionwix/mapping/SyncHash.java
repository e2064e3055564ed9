package io.wiredchaos.notionwix.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content hash of an item: SHA-256 (first 32 hex chars) of the canonical JSON of its data (Jackson with
 * map keys sorted at every level, no whitespace), leaving out the bookkeeping fields that change without a
 * content change. Equal content gives the same hash on every run and machine, so an empty local state still
 * rewrites nothing unchanged (DESIGN.md §1).
 */
public final class SyncHash {

  private static final JsonMapper CANONICAL = JsonMapper.builder()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .build();

  /** Fields that never take part in the hash. */
  public static final Set<String> BOOKKEEPING = Set.of("syncHash", "notionLastEdited", "notionUrl", "_id",
      "_createdDate", "_updatedDate", "_owner");

  private SyncHash() {}

  public static String of(Map<String, Object> data) {
    return hex(canonicalContent(data));
  }

  /** UTF-8 canonical JSON of the data without bookkeeping: what the hash is taken of (also its size). */
  static byte[] canonicalContent(Map<String, Object> data) {
    Map<String, Object> content = new TreeMap<>(data);
    BOOKKEEPING.forEach(content::remove);
    return CANONICAL.writeValueAsBytes(content);
  }

  /** JSON with keys sorted at every level; the bytes the hash is taken of. */
  public static String canonicalJson(Object value) {
    return CANONICAL.writeValueAsString(value);
  }

  static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  static String hex(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
