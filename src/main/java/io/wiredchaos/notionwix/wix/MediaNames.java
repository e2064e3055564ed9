package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.sync.MediaSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Display names of re-hosted files: {@code notion-<hash of source key>-<file name>}. The hash lets a run with an
 * empty journal find files an earlier run imported (Wix makes a new file for every import, wix.md §6).
 */
final class MediaNames {

  static final String PREFIX = "notion-";

  String displayName(MediaSource media) {
    String path = media.sourceKey();
    String file = path.substring(path.lastIndexOf('/') + 1);
    return stem(media.sourceKey()) + "-" + (file.isBlank() ? "file" : file);
  }

  String stem(String sourceKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(sourceKey.getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  String stemOf(String displayName) {
    if (displayName == null || !displayName.startsWith(PREFIX) || displayName.length() < PREFIX.length() + 16) {
      return "";
    }
    return displayName.substring(0, PREFIX.length() + 16);
  }
}
