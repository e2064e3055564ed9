package io.wiredchaos.notionwix.sync;

import java.util.Map;

/**
 * What a prepared source will write.
 *
 * @param fingerprint identity of the effective mapping; a new value makes every body re-read
 * @param fields field key → Wix field type ({@code TEXT}, {@code RICH_CONTENT}, {@code DATE}, …) the items carry,
 *     bookkeeping fields included; the target checks (or creates) its collection against them
 */
public record SourceSchema(String fingerprint, Map<String, String> fields) {

  public SourceSchema {
    fields = Map.copyOf(fields);
  }
}
