package io.wiredchaos.notionwix.config;

import java.util.Arrays;
import java.util.List;

/**
 * The Notion API versions this product speaks, and what differs between them (docs/notion-versions.md; notion.md
 * §1.1, §1.1b). Each difference is a question asked of the version, so no caller compares date strings.
 */
public enum NotionVersion {
  V2025_09_03("2025-09-03"),
  V2026_03_11("2026-03-11"),
  V2026_12_01("2026-12-01");

  /** The newest supported version, and the default of {@code NOTION_VERSION}. */
  public static final NotionVersion LATEST = V2026_12_01;

  /** The beta header that enables status group filters on 2026-03-11 (upgrade guide 2026-12-01, "Status filters"). */
  public static final String STATUS_GROUP_BETA = "status-group-filters-2026-10-06";

  private final String header;

  NotionVersion(String header) {
    this.header = header;
  }

  /** The {@code Notion-Version} header value. */
  public String header() {
    return header;
  }

  /**
   * The version named by {@code value}.
   *
   * @throws SettingsException naming the supported values when {@code value} is not one of them
   */
  public static NotionVersion parse(String value) {
    String trimmed = value == null ? "" : value.trim();
    return Arrays.stream(values()).filter(v -> v.header.equals(trimmed)).findFirst()
        .orElseThrow(() -> new SettingsException("NOTION_VERSION is \"" + trimmed + "\", which this version does not"
            + " support; set it to one of " + String.join(", ", supported()) + " (default " + LATEST.header + ")"));
  }

  /** Every supported header value, oldest first. */
  public static List<String> supported() {
    return Arrays.stream(values()).map(NotionVersion::header).toList();
  }

  /**
   * Whether Search and Query a data source return only the title property unless {@code filter_properties} is sent
   * (upgrade guide 2026-12-01, "Request only the page properties you read").
   */
  public boolean listsTitleOnlyByDefault() {
    return this == V2026_12_01;
  }

  /**
   * Whether a status {@code equals} that names no option but a group matches the group (up to 2026-03-11,
   * filter-data-source-entries "Status"); on 2026-12-01 only the group operators match groups.
   */
  public boolean statusEqualsMatchesGroups() {
    return this != V2026_12_01;
  }

  /**
   * Whether the status group operators ({@code status: {group: {equals: …}}}) exist: on 2026-12-01, and on 2026-03-11
   * with the {@link #STATUS_GROUP_BETA} header; not on 2025-09-03.
   */
  public boolean hasStatusGroupOperators() {
    return this != V2025_09_03;
  }

  /** Whether a request using the status group operators must carry {@code Notion-Beta: }{@link #STATUS_GROUP_BETA}. */
  public boolean statusGroupsNeedBeta() {
    return this == V2026_03_11;
  }

  /** Whether responses still carry {@code archived} next to {@code in_trash} (removed in 2026-03-11, step 2). */
  public boolean hasArchivedField() {
    return this == V2025_09_03;
  }

  /** Whether a newer supported version exists. */
  public boolean isLatest() {
    return this == LATEST;
  }
}
