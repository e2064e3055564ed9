package io.wiredchaos.notionwix.mapping.content;

import io.wiredchaos.notionwix.mapping.SyncHash;

/** Canonical JSON text of a value (keys sorted), for assertions. */
final class SyncJson {

  private SyncJson() {}

  static String of(Object value) {
    return SyncHash.canonicalJson(value);
  }
}
