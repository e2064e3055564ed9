package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.mapping.DefaultMapping;
import io.wiredchaos.notionwix.mapping.FieldMapping;
import io.wiredchaos.notionwix.mapping.FieldRule;
import io.wiredchaos.notionwix.mapping.SyncHash;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The effective mapping of a data source (the default mapping, or the mapping file when one is configured),
 * its fingerprint, and the Wix fields it writes.
 */
public final class MappingResolver {

  /** Bumped when conversion output changes for the same input, so that every body is re-read once. */
  static final String CONVERSION_VERSION = "1";

  private final BiFunction<NotionDataSource, String, FieldMapping> resolve;
  private final String collectionId;

  public MappingResolver(BiFunction<NotionDataSource, String, FieldMapping> resolve, String collectionId) {
    this.resolve = resolve;
    this.collectionId = collectionId;
  }

  /** The zero-configuration mapping. */
  public static MappingResolver defaults(String collectionId) {
    return new MappingResolver(DefaultMapping::of, collectionId);
  }

  FieldMapping resolve(NotionDataSource dataSource) {
    return resolve.apply(dataSource, collectionId);
  }

  static String fingerprint(FieldMapping mapping) {
    return SyncHash.canonicalJson(Map.of("version", CONVERSION_VERSION, "fields", mapping.fields().toString(),
        "publish", String.valueOf(mapping.queryFilter()))).hashCode() + "-" + CONVERSION_VERSION;
  }

  /** Field key → Wix type for every field the items carry (wix.md §3.3), bookkeeping included. */
  static Map<String, String> wixFields(FieldMapping mapping) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldRule rule : mapping.fields()) {
      fields.put(rule.key(), rule.wixType() != null ? rule.wixType() : WixFieldTypes.of(rule));
    }
    fields.put("notionPageId", "TEXT");
    fields.put("notionUrl", "URL");
    fields.put("notionLastEdited", "DATETIME");
    fields.put("syncHash", "TEXT");
    return fields;
  }
}
