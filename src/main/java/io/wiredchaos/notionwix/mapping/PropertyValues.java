package io.wiredchaos.notionwix.mapping;

import io.wiredchaos.notionwix.mapping.content.InlineText;
import io.wiredchaos.notionwix.mapping.content.Json;
import io.wiredchaos.notionwix.mapping.content.PageIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notion property values (notion.md §4.2, every type) into Wix field values (wix.md §3.4). The value of a
 * property is computed from its own {@code type}, so a schema change between mapping and reading cannot
 * produce a wrong shape; unknown types pass through as plain JSON with a warning.
 */
final class PropertyValues {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PropertyValues() {}

  /** Writes the rule's field (and, for date ranges and files, its companion fields) into the draft. */
  static void write(FieldRule rule, JsonNode property, ItemDraft draft) {
    String type = Json.text(property, "type");
    JsonNode payload = Json.at(property, type == null ? "" : type);
    Transform t = rule.transform();
    String key = rule.key();
    switch (type == null ? "" : type) {
      case "title", "rich_text" -> draft.data.put(key, richText(payload, t, draft));
      case "date" -> date(key, payload, t, draft);
      case "files" -> files(key, payload, t, draft);
      case "relation" -> {
        if (Json.bool(property, "has_more")) {
          draft.warn("RELATION_INCOMPLETE", "relation " + rule.propertyName()
              + " has more than 25 pages and was not completed by the client; only the first 25 are linked");
        }
        draft.data.put(key, relation(payload));
      }
      default -> draft.data.put(key, Text.apply(value(type, payload, t == Transform.DATE_ONLY, rule, draft), t));
    }
  }

  /** The plain value of one typed payload (also used for formula, rollup elements). */
  static Object value(String type, JsonNode payload, boolean dateOnly, FieldRule rule, ItemDraft draft) {
    return switch (type == null ? "" : type) {
      case "title", "rich_text" -> InlineText.plain(payload);
      case "number" -> number(payload);
      case "checkbox" -> payload.isBoolean() ? payload.booleanValue() : null;
      case "select", "status" -> Json.text(payload, "name");
      case "multi_select" -> names(payload, o -> Json.text(o, "name"));
      case "url" -> url(Json.text(payload), rule, draft);
      case "email", "phone_number", "string" -> Json.text(payload);
      case "boolean" -> payload.isBoolean() ? payload.booleanValue() : null;
      case "date" -> DateValues.start(payload, dateOnly);
      case "created_time", "last_edited_time" -> DateValues.value(Json.text(payload), dateOnly);
      case "people" -> names(payload, PropertyValues::userName);
      case "created_by", "last_edited_by" -> userName(payload);
      case "relation" -> relation(payload);
      case "unique_id" -> uniqueId(payload);
      case "formula", "rollup" -> computed(type, payload, dateOnly, rule, draft);
      case "verification" -> Json.text(payload, "state");
      case "place" -> place(payload);
      case "files" -> FileValues.firstImage(payload, "property:" + rule.key(), draft);
      case "array" -> array(payload, dateOnly, rule, draft);
      case "button" -> null;
      default -> {
        draft.warn("UNKNOWN_PROPERTY_TYPE", "property " + rule.propertyName() + " has type " + type
            + ", which this version does not know; passed through as JSON");
        yield payload.isMissingNode() || payload.isNull() ? null : JSON.convertValue(payload, Object.class);
      }
    };
  }

  /** A url property's value when {@link UrlPolicy} allows it as a link; empty values pass as they are. */
  private static String url(String value, FieldRule rule, ItemDraft draft) {
    return value == null || value.isBlank() ? value
        : draft.allowedUrl(value, UrlPolicy.Use.LINK, "property " + rule.propertyName(), "left out");
  }

  private static Object richText(JsonNode payload, Transform t, ItemDraft draft) {
    return switch (t) {
      case HTML -> InlineText.html(payload, draft.pageId, draft.ctx.pageUrls(), draft.warnings);
      case RICOS -> InlineText.document(payload, draft.pageId, draft.ctx.pageUrls(), draft.warnings);
      default -> Text.apply(InlineText.plain(payload), t);
    };
  }

  private static void date(String key, JsonNode payload, Transform t, ItemDraft draft) {
    boolean dateOnly = t == Transform.DATE_ONLY;
    draft.data.put(key, DateValues.start(payload, dateOnly));
    Object end = DateValues.end(payload, dateOnly);
    if (end != null) {
      draft.data.put(key + "Start", DateValues.start(payload, dateOnly));
      draft.data.put(key + "End", end);
    }
  }

  private static void files(String key, JsonNode payload, Transform t, ItemDraft draft) {
    String role = "property:" + key;
    if (t == Transform.GALLERY) {
      draft.data.put(key, FileValues.gallery(payload, role, draft));
      return;
    }
    draft.data.put(key, FileValues.firstImage(payload, role, draft));
    if (t == Transform.AUTO) {
      draft.data.put(key + "Gallery", FileValues.gallery(payload, role + "Gallery", draft));
    }
  }

  private static Object number(JsonNode payload) {
    if (!payload.isNumber()) {
      return null;
    }
    if (payload.isIntegralNumber() && payload.canConvertToLong()) {
      return payload.asLong();
    }
    double d = payload.asDouble();
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
  }

  private static List<String> relation(JsonNode payload) {
    return names(payload, r -> PageIds.normalize(Json.text(r, "id")));
  }

  /**
   * The non-null texts of an array's elements, as an unmodifiable list (what {@code stream().map().filter()
   * .toList()} gave, without the stream machinery: relations hold up to 25 pages and every page has some).
   */
  private static List<String> names(JsonNode array, Function<JsonNode, String> text) {
    if (!array.isArray()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(array.size());
    for (JsonNode element : array.values()) {
      String value = text.apply(element);
      if (value != null) {
        out.add(value);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static String uniqueId(JsonNode payload) {
    String number = Json.text(payload, "number");
    if (number == null) {
      return null;
    }
    String prefix = Json.nonBlank(payload, "prefix");
    return prefix == null ? number : prefix + "-" + number;
  }

  /**
   * A user's name, else their email, else "unknown" for a full user object: on 2026-12-01 {@code name} may be null
   * (upgrade guide 2026-12-01, "Person names"), and neither null nor an empty text may reach the site. A partial
   * user ({@code {object, id}} only, notion.md §4.2) names nobody and is left out, as before.
   */
  static String userName(JsonNode user) {
    String name = Json.nonBlank(user, "name");
    if (name != null) {
      return name;
    }
    String email = Json.nonBlank(user, "person", "email");
    if (email != null) {
      return email;
    }
    return user.has("name") || user.has("type") ? UNKNOWN_USER : null;
  }

  static final String UNKNOWN_USER = "unknown";

  private static Object computed(String type, JsonNode payload, boolean dateOnly, FieldRule rule, ItemDraft draft) {
    String inner = Json.text(payload, "type");
    if (inner == null || inner.equals("unsupported") || inner.equals("incomplete")) {
      if (inner != null) {
        draft.warn("COMPUTED_UNAVAILABLE", type + " " + rule.propertyName() + " is " + inner
            + " in the Notion API; field left empty");
      }
      return null;
    }
    return value(inner, Json.at(payload, inner), dateOnly, rule, draft);
  }

  /** Rollup arrays: element values, nested lists flattened. */
  private static List<Object> array(JsonNode payload, boolean dateOnly, FieldRule rule, ItemDraft draft) {
    List<Object> out = new ArrayList<>();
    for (JsonNode element : Json.array(payload)) {
      String type = Json.text(element, "type");
      Object value = value(type, Json.at(element, type == null ? "" : type), dateOnly, rule, draft);
      if (value instanceof List<?> list) {
        out.addAll(list);
      } else if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /** place → Wix ADDRESS shape (wix.md §3.4). */
  private static Object place(JsonNode payload) {
    if (!payload.isObject()) {
      return null;
    }
    Map<String, Object> address = new LinkedHashMap<>();
    String formatted = Json.nonBlank(payload, "address");
    address.put("formatted", formatted != null ? formatted : Json.text(payload, "name"));
    if (payload.has("lat") && payload.has("lon")) {
      address.put("location", new LinkedHashMap<>(Map.of("latitude", payload.get("lat").asDouble(),
          "longitude", payload.get("lon").asDouble())));
    }
    return address;
  }
}
