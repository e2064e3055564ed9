package io.wiredchaos.notionwix.notion;

import io.wiredchaos.notionwix.mapping.DefaultMapping;
import io.wiredchaos.notionwix.mapping.FieldMapping;
import io.wiredchaos.notionwix.mapping.MappingFile;
import io.wiredchaos.notionwix.mapping.MappingProblem;
import io.wiredchaos.notionwix.mapping.SyncHash;
import io.wiredchaos.notionwix.mapping.WixFields;
import io.wiredchaos.notionwix.notion.api.NotionDataSource;
import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.SyncFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
  /** The mapping file, or null for the default mapping. */
  private final Path file;

  public MappingResolver(BiFunction<NotionDataSource, String, FieldMapping> resolve, String collectionId) {
    this(resolve, collectionId, null);
  }

  private MappingResolver(BiFunction<NotionDataSource, String, FieldMapping> resolve, String collectionId, Path file) {
    this.resolve = resolve;
    this.collectionId = collectionId;
    this.file = file;
  }

  /** The zero-configuration mapping. */
  public static MappingResolver defaults(String collectionId) {
    return new MappingResolver(DefaultMapping::of, collectionId);
  }

  /**
   * What {@code doctor --online} needs: every problem of the mapping against the data source (none for the default
   * mapping), and the mapping as far as it resolved (null when not even that), so that the Wix side can still be
   * checked against the fields that did resolve.
   */
  record Inspection(FieldMapping mapping, List<String> problems) {}

  Inspection inspect(NotionDataSource dataSource) {
    if (file == null) {
      return new Inspection(resolve(dataSource), List.of());
    }
    try {
      MappingFile.Loaded loaded = MappingFile.load(Files.readString(file), file.toString(), List.of(dataSource),
          List.of());
      FieldMapping mapping = loaded.mappings().stream().filter(m -> dataSource.id().equals(m.dataSourceId()))
          .findFirst().orElse(null);
      List<String> problems = new java.util.ArrayList<>(loaded.problems().stream().map(MappingProblem::toString)
          .toList());
      if (mapping == null && problems.isEmpty()) {
        problems.add("the mapping file has no mapping for data source " + dataSource.id());
      }
      return new Inspection(mapping, problems);
    } catch (IOException e) {
      return new Inspection(null, List.of("SYNC_MAPPING_FILE names " + file + ", which cannot be read ("
          + e.getClass().getSimpleName() + ")"));
    }
  }

  /**
   * The mapping file ({@code SYNC_MAPPING_FILE}), read and validated against the data source's schema at every
   * run, so that a property renamed or deleted in Notion is caught before anything is written. Every problem is
   * reported at once, with its line. The Wix side is checked by the target against the collection.
   */
  public static MappingResolver fromFile(Path file, String collectionId) {
    return new MappingResolver((dataSource, collection) -> {
      String yaml;
      try {
        yaml = Files.readString(file);
      } catch (IOException e) {
        throw new SyncFailure(FailureKind.CONFIG, "SYNC_MAPPING_FILE names " + file + ", which cannot be read ("
            + e.getClass().getSimpleName() + ")");
      }
      MappingFile.Loaded loaded = MappingFile.load(yaml, file.toString(), List.of(dataSource), List.of());
      if (!loaded.ok()) {
        throw new SyncFailure(FailureKind.CONFIG, "the mapping file has " + loaded.problems().size()
            + " problem(s); nothing was written:\n  " + String.join("\n  ",
            loaded.problems().stream().map(MappingProblem::toString).toList()));
      }
      return loaded.mappings().stream().filter(m -> dataSource.id().equals(m.dataSourceId())).findFirst()
          .orElseThrow(() -> new SyncFailure(FailureKind.CONFIG, "the mapping file has no mapping for data source "
              + dataSource.id() + " (\"" + dataSource.title() + "\")"));
    }, collectionId, file);
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
    Map<String, String> fields = new LinkedHashMap<>(WixFields.of(mapping));
    fields.putIfAbsent("notionPageId", "TEXT");
    fields.putIfAbsent("notionUrl", "URL");
    fields.putIfAbsent("notionLastEdited", "DATETIME");
    fields.putIfAbsent("syncHash", "TEXT");
    return fields;
  }
}
