package io.wiredchaos.notionwix.mapping;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * The content hash of an item: SHA-256 (first 32 hex chars) of the canonical JSON of its data (map keys sorted
 * at every level, no whitespace; {@link CanonicalJson}), leaving out the bookkeeping fields that change without
 * a content change. Equal content gives the same hash on every run and machine, so an empty local state still
 * rewrites nothing unchanged (DESIGN.md §1). The hashed bytes are those of the first release (SyncHashGoldenTest
 * pins them): changing them would make the next run rewrite every item on Wix once.
 */
public final class SyncHash {

  /** Fields that never take part in the hash. */
  public static final Set<String> BOOKKEEPING = Set.of("syncHash", "notionLastEdited", "notionUrl", "_id",
      "_createdDate", "_updatedDate", "_owner");

  /** Never updated, only copied (so shared by all threads). */
  private static final MessageDigest SHA256 = newSha256();

  private SyncHash() {}

  public static String of(Map<String, Object> data) {
    return digest(data, null).hash();
  }

  /**
   * Hash and size of the data's canonical JSON without bookkeeping, in one pass streamed into the digest (no
   * copy of the data, no byte array of the JSON).
   *
   * @param body a map inside {@code data} (the Ricos document) to measure on the way, or null
   */
  static Digest digest(Map<String, Object> data, Map<String, Object> body) {
    CanonicalJson json = new CanonicalJson(sha256(), null, body).write(data, BOOKKEEPING);
    return new Digest(hex32(json.digest().digest()), json.size(), json.measuredBytes(), json.measuredNodes(), json);
  }

  /**
   * The digest again after {@code body}'s nodes were cut to their first {@code kept} and a note appended (the
   * item size limit). Resumes from the state the first pass saved before node {@code kept}, so the kept nodes,
   * most of a large item, are not read twice; the bytes hashed are the same as a fresh {@link #digest}.
   */
  static Digest rehash(Map<String, Object> data, Map<String, Object> body, Digest first, int kept) {
    CanonicalJson.Resume mark = first.pass().mark(kept);
    if (mark != null) {
      CanonicalJson json = CanonicalJson.resume(data, BOOKKEEPING, body, mark);
      if (json.digest() != null) {
        return new Digest(hex32(json.digest().digest()), json.size(), -1, null, json);
      }
    }
    return digest(data, null);
  }

  /**
   * @param hash the sync hash (32 hex chars)
   * @param size UTF-8 bytes of the canonical JSON the hash was taken of
   * @param bodyBytes UTF-8 bytes of the measured body, -1 when there was none
   * @param bodyNodes UTF-8 bytes of each top-level node of the measured body, null when there was none
   * @param pass the pass that produced it (holds the states {@link #rehash} resumes from)
   */
  record Digest(String hash, long size, long bodyBytes, long[] bodyNodes, CanonicalJson pass) {}

  /** UTF-8 size of a value's JSON (key order does not change it). */
  static long size(Object value) {
    return new CanonicalJson(null, null, null).write(value, Set.of()).size();
  }

  /** JSON with keys sorted at every level; the bytes the hash is taken of. */
  public static String canonicalJson(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CanonicalJson(null, out, null).write(value, Set.of());
    return out.toString(StandardCharsets.UTF_8);
  }

  static String hex(String text) {
    return hex32(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String hex32(byte[] digest) {
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  /** A fresh SHA-256 digest: a copy of an unused one (cheaper than a provider look-up on every page). */
  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA256.clone();
    } catch (CloneNotSupportedException e) {
      return newSha256();
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
