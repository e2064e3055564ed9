package io.wiredchaos.notionwix.mapping;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;

/**
 * The byte end of {@link CanonicalJson}: a buffer that feeds a digest and/or a stream and counts what passed,
 * with JSON strings encoded exactly as Jackson's generator encodes them (the hashed bytes must not change).
 */
final class JsonBytes {

  /** ASCII characters copied as they are: printable, except {@code "} and {@code \\}. */
  private static final boolean[] PLAIN = new boolean[0x7f];

  static {
    for (char c = 0x20; c < 0x7f; c++) {
      PLAIN[c] = c != '"' && c != '\\';
    }
  }

  private final byte[] buffer = new byte[4096];
  /** Strings up to this long take the short path of {@link #string}, small enough to be inlined by the JIT. */
  private static final int SHORT = 64;
  private final OutputStream copy;
  private MessageDigest digest;
  /** While silent, bytes are dropped (a resumed hash before the point it resumes from). */
  private boolean silent;
  private int pos;
  private long flushed;

  /**
   * @param digest receives the bytes; may be null
   * @param copy receives the bytes too; may be null (then they are only counted); not closed
   * @param silent drop everything until {@link #resumeFrom}
   */
  JsonBytes(MessageDigest digest, OutputStream copy, boolean silent) {
    this.digest = digest;
    this.copy = copy;
    this.silent = silent;
  }

  boolean hashing() {
    return digest != null;
  }

  /** The digest written to; null while silent (nothing was hashed). */
  MessageDigest digest() {
    return silent ? null : digest;
  }

  /** A copy of the digest state after everything written so far. */
  MessageDigest digestState() {
    flush();
    return copyOf(digest);
  }

  /** Ends silence: continue from a saved digest state that covers the first {@code position} bytes. */
  void resumeFrom(MessageDigest state, long position) {
    pos = 0;
    silent = false;
    digest = copyOf(state);
    flushed = position;
  }

  /**
   * A JSON string; control characters other than \n \r \t, and surrogates, go through Jackson. Printable ASCII
   * (most keys, ids and text) is copied with {@code String.getBytes(int, int, byte[], int)}: deprecated because
   * it drops the high byte, which is exactly right for ASCII, and it copies without allocating.
   */
  @SuppressWarnings("deprecation")
  void string(String s) {
    int length = s.length();
    if (length <= SHORT && pos <= buffer.length - SHORT - 2 && plainAscii(s, length)) {
      buffer[pos] = '"';
      s.getBytes(0, length, buffer, pos + 1);
      buffer[pos + 1 + length] = '"';
      pos += length + 2;
      return;
    }
    anyString(s, length);
  }

  /** Whether all chars are printable ASCII other than {@code "} and {@code \\}. */
  private static boolean plainAscii(String s, int length) {
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c >= 0x7f || !PLAIN[c]) {
        return false;
      }
    }
    return true;
  }

  /** {@link #string} for long strings, strings near the end of the buffer and strings that need escaping. */
  @SuppressWarnings("deprecation")
  private void anyString(String s, int length) {
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c >= 0x7f || !PLAIN[c]) {
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || Character.isSurrogate(c)) {
          raw(CanonicalJson.jackson().writeValueAsBytes(s));
          return;
        }
        ascii = false;
      }
    }
    if (ascii && length <= buffer.length - 2) {
      if (pos > buffer.length - 2 - length) {
        flush();
      }
      buffer[pos++] = '"';
      s.getBytes(0, length, buffer, pos);
      pos += length;
      buffer[pos++] = '"';
      return;
    }
    put('"');
    for (int i = 0; i < length; i++) {
      if (pos > buffer.length - 3) {
        flush();
      }
      char c = s.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          buffer[pos++] = (byte) (0xc0 | c >> 6);
        } else {
          buffer[pos++] = (byte) (0xe0 | c >> 12);
          buffer[pos++] = (byte) (0x80 | c >> 6 & 0x3f);
        }
        buffer[pos++] = (byte) (0x80 | c & 0x3f);
      } else if (c == '"' || c == '\\') {
        buffer[pos++] = '\\';
        buffer[pos++] = (byte) c;
      } else if (c < 0x20) {
        buffer[pos++] = '\\';
        buffer[pos++] = (byte) (c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
      } else {
        buffer[pos++] = (byte) c;
      }
    }
    put('"');
  }

  void ascii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      put(s.charAt(i));
    }
  }

  void put(int b) {
    if (pos == buffer.length) {
      flush();
    }
    buffer[pos++] = (byte) b;
  }

  void raw(byte[] bytes) {
    if (bytes.length > buffer.length - pos) {
      flush();
      if (bytes.length > buffer.length) {
        emit(bytes, bytes.length);
        return;
      }
    }
    System.arraycopy(bytes, 0, buffer, pos, bytes.length);
    pos += bytes.length;
  }

  void flush() {
    emit(buffer, pos);
    pos = 0;
  }

  private void emit(byte[] bytes, int length) {
    if (silent) {
      return;
    }
    flushed += length;
    if (digest != null) {
      digest.update(bytes, 0, length);
    }
    if (copy != null) {
      try {
        copy.write(bytes, 0, length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Bytes produced so far, including those still in the buffer. */
  long position() {
    return flushed + pos;
  }

  private static MessageDigest copyOf(MessageDigest digest) {
    try {
      return (MessageDigest) digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 is cloneable", e);
    }
  }
}
