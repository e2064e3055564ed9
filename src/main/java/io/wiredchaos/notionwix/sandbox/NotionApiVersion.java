package io.wiredchaos.notionwix.sandbox;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code Notion-Version} of one request and how answers differ by it (docs/notion-versions.md, the sandbox's
 * own reading of the upgrade guides; it shares nothing with the client's version handling).
 *
 * <ul>
 *   <li>Accepted: every documented version (notion.md §1.1); an undocumented value is a 400 that lists them, as the
 *       live API answers. Versions before 2025-09-03 have no data sources, so the sandbox refuses to emulate them.</li>
 *   <li>2026-03-11: {@code archived} is gone from requests and answers, {@code transcription} is {@code meeting_notes}
 *       (upgrade guide 2026-03-11, steps 2 and 3).</li>
 *   <li>2026-12-01: lists carry only the title without {@code filter_properties}; status {@code equals} stops matching
 *       groups; a person's {@code name} may be null (upgrade guide 2026-12-01).</li>
 * </ul>
 */
enum NotionApiVersion {
  V2025_09_03("2025-09-03"),
  V2026_03_11("2026-03-11"),
  V2026_12_01("2026-12-01");

  /** Every version Notion accepts (reference/versioning; the live 400 lists them). */
  static final List<String> DOCUMENTED = List.of("2021-05-11", "2021-05-13", "2021-08-16", "2022-02-22",
      "2022-06-28", "2025-09-03", "2026-03-11", "2026-12-01");

  static final String STATUS_GROUP_BETA = "status-group-filters-2026-10-06";

  final String header;

  NotionApiVersion(String header) {
    this.header = header;
  }

  /** The version named by the header, or null when it is not one the sandbox emulates ({@link #refusal}). */
  static NotionApiVersion of(String header) {
    for (NotionApiVersion v : values()) {
      if (v.header.equals(header)) {
        return v;
      }
    }
    return null;
  }

  /** Why a header that {@link #of} does not know is refused: the live API's wording for an unknown value. */
  static String refusal(String header) {
    if (DOCUMENTED.contains(header)) {
      return "Notion-Version " + header + " predates data sources (2025-09-03); the sandbox emulates 2025-09-03,"
          + " 2026-03-11 and 2026-12-01.";
    }
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < DOCUMENTED.size(); i++) {
      list.append(i == 0 ? "" : i == DOCUMENTED.size() - 1 ? ", or " : ", ").append('"').append(DOCUMENTED.get(i))
          .append('"');
    }
    return "Notion-Version header failed validation: Notion-Version header should be " + list + ", instead was `"
        + header + "`.";
  }

  boolean hasArchived() {
    return this == V2025_09_03;
  }

  boolean titleOnlyLists() {
    return this == V2026_12_01;
  }

  boolean equalsMatchesGroups() {
    return this != V2026_12_01;
  }

  boolean nullableNames() {
    return this == V2026_12_01;
  }

  /**
   * Whether this request may use the status group operators: 2026-12-01 always, 2026-03-11 with the beta header,
   * 2025-09-03 never.
   */
  boolean allowsGroupOperators(List<String> betas) {
    return this == V2026_12_01 || this == V2026_03_11 && betas.contains(STATUS_GROUP_BETA);
  }

  /** Rejects a request body field the version removed ({@code archived} since 2026-03-11). */
  void checkRequest(JsonNode body) {
    if (!hasArchived() && body != null && body.has("archived")) {
      throw new IllegalArgumentException("body failed validation: body.archived is not a valid field in "
          + "Notion-Version " + header + "; use in_trash.");
    }
  }

  /** An answer as this version shapes it; {@code node} is a fresh copy and is changed in place. */
  JsonNode shape(JsonNode node) {
    if (node instanceof ObjectNode object) {
      shapeObject(object);
    }
    if (node != null && node.isContainer()) {
      for (JsonNode child : node.values()) {
        shape(child);
      }
    }
    return node;
  }

  private void shapeObject(ObjectNode object) {
    String kind = object.path("object").asString("");
    if (!hasArchived() && Map.of("page", 1, "block", 1, "database", 1, "data_source", 1).containsKey(kind)) {
      object.remove("archived");
    }
    if (this != V2025_09_03 && kind.equals("block") && "transcription".equals(object.path("type").asString(""))) {
      object.put("type", "meeting_notes");
      object.set("meeting_notes", object.remove("transcription"));
    }
    if (kind.equals("user") && object.has("name") && object.get("name").isNull() && !nullableNames()) {
      object.put("name", ""); // ⚠️ assumed: older versions answer an empty name where 2026-12-01 answers null
    }
  }
}
