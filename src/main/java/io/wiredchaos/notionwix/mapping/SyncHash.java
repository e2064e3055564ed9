package io.wiredchaos.notionwix.mapping;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
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
 * rewrites nothing unchanged (DESIGN.md §1). The bytes hashed have not changed since the first release
 * (SyncHashGoldenTest pins them): a change would rewrite every item on Wix once.
 */
public final class SyncHash {

  /** Fields that never take part in the hash. */
  public static final Set<String> BOOKKEEPING = Set.of("syncHash", "notionLastEdited", "notionUrl", "_id",
      "_createdDate", "_updatedDate", "_owner");

  private SyncHash() {}

  public static String of(Map<String, Object> data) {
    return digest(data).hash();
  }

  /**
   * Hash and UTF-8 size of the data's canonical JSON without bookkeeping, streamed into the digest (no copy of
   * the data, no byte array of the JSON).
   */
  static Digest digest(Map<String, Object> data) {
    DigestStream out = new DigestStream(sha256());
    CanonicalJson.write(data, out, BOOKKEEPING);
    return new Digest(hex32(out.digest.digest()), out.size);
  }

  /**
   * @param hash the sync hash (32 hex chars)
   * @param size UTF-8 bytes of the canonical JSON the hash was taken of
   */
  record Digest(String hash, long size) {}

  /** UTF-8 size of a value's JSON (key order does not change it). */
  static long size(Object value) {
    DigestStream out = new DigestStream(null);
    CanonicalJson.write(value, out, Set.of());
    return out.size;
  }

  /** JSON with keys sorted at every level; the bytes the hash is taken of. */
  public static String canonicalJson(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CanonicalJson.write(value, out, Set.of());
    return out.toString(StandardCharsets.UTF_8);
  }

  static String hex(String text) {
    return hex32(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String hex32(byte[] digest) {
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Counts what passes and feeds it to the digest (when there is one). */
  private static final class DigestStream extends OutputStream {

    private final MessageDigest digest;
    private long size;

    DigestStream(MessageDigest digest) {
      this.digest = digest;
    }

    @Override
    public void write(int b) {
      size++;
      if (digest != null) {
        digest.update((byte) b);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      size += length;
      if (digest != null) {
        digest.update(bytes, offset, length);
      }
    }
  }
}
