package io.wiredchaos.notionwix.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Data collections endpoints (wix.md §3.1): create, get, list, delete, full update (PUT, revision-checked) and
 * create-field. Every collection carries a {@code revision} (a string, §3.2) that each change of its definition
 * raises by one; an update naming another revision fails with 409 (§8, "Optimistic concurrency").
 */
final class WixCollectionRoutes {

  private static final String PATH = "/wix-data/v2/collections";
  private final WixData data;

  WixCollectionRoutes(WixData data) {
    this.data = data;
  }

  /** The answer to {@code method path} under {@link #PATH}. Refusals are thrown as {@link WixRejection}. */
  WixItemRoutes.Reply route(String method, String path, JsonNode body) {
    if (method.equals("POST") && path.equals(PATH + "/create-field")) {
      return ok("dataCollection", createField(body.path("dataCollectionId").asString(""), body.path("field")));
    }
    String id = path.length() > PATH.length() + 1 ? Exchanges.decode(path.substring(PATH.length() + 1)) : null;
    if (id == null) {
      return switch (method) {
        case "POST" -> ok("collection", create(body.path("collection")));
        case "PUT" -> ok("collection", update(body.path("collection")));
        default -> {
          ObjectNode list = Exchanges.object();
          ArrayNode all = list.putArray("collections");
          data.collections.keySet().stream().sorted().forEach(c -> all.add(describe(c)));
          yield new WixItemRoutes.Reply(200, list, 0);
        }
      };
    }
    requireExisting(id);
    if (method.equals("DELETE")) {
      data.deleteCollection(id);
      return new WixItemRoutes.Reply(200, Exchanges.object(), 0);
    }
    return ok("collection", describe(id));
  }

  /**
   * Create collection (wix.md §3.1): {@code collection.id}, at least one field with key and type, and the four
   * permissions are required (400 otherwise); an id already taken answers 409, "already exists" (§4.1; Wix
   * documents no WDE code for it).
   */
  private ObjectNode create(JsonNode collection) {
    String id = collection.path("id").asString("");
    JsonNode permissions = collection.path("permissions");
    boolean permitted = java.util.stream.Stream.of("insert", "update", "remove", "read")
        .allMatch(p -> permissions.path(p).isString());
    if (id.isEmpty() || !permitted || !typed(collection.path("fields"))) {
      throw new WixRejection(400, "WDE0080", "collection.id, fields (each with key and type) and"
          + " permissions.insert/update/remove/read are required");
    }
    if (data.collections.containsKey(id)) {
      throw new WixRejection(409, "ALREADY_EXISTS", "Collection " + id + " already exists.");
    }
    synchronized (data) {
      define(id, collection.path("fields"));
      data.items.putIfAbsent(id, new java.util.TreeMap<>());
      data.removedCollections.remove(id);
      data.revisions.put(id, 1L);
    }
    return describe(id);
  }

  /**
   * Update collection (wix.md §3.1, PUT): a full replace of the definition, applied only when {@code revision}
   * matches the current one (S3: "Otherwise, the request fails"); a stale revision answers 409 ("has a different
   * revision than the one you're attempting to update", §8). Fields left out are removed, as Wix documents.
   */
  private ObjectNode update(JsonNode collection) {
    String id = collection.path("id").asString("");
    requireExisting(id);
    if (!collection.path("revision").isString() && !collection.path("revision").isNumber()) {
      throw new WixRejection(400, "WDE0080", "collection.revision is required to update a collection");
    }
    if (!typed(collection.path("fields"))) {
      throw new WixRejection(400, "WDE0080", "collection.fields (each with key and type) are required");
    }
    synchronized (data) {
      long current = data.revision(id);
      if (!String.valueOf(current).equals(collection.path("revision").asString())) {
        throw new WixRejection(409, "WDE0178", "Collection " + id + " has a different revision (" + current
            + ") than the one you're attempting to update (" + collection.path("revision").asString() + ").");
      }
      define(id, collection.path("fields"));
      data.revisions.put(id, current + 1);
    }
    return describe(id);
  }

  /**
   * Create field (wix.md §3.1: {@code {dataCollectionId, field}} → {@code {dataCollection}}): adds one field and
   * leaves the others as they are; a key the collection already has answers 409 "already exists" (§4.1).
   */
  private ObjectNode createField(String id, JsonNode field) {
    requireExisting(id);
    if (!field.path("key").isString() || !field.path("type").isString()) {
      throw new WixRejection(400, "WDE0080", "field.key and field.type are required");
    }
    String key = field.path("key").asString();
    synchronized (data) {
      if (data.collections.get(id).containsKey(key)) {
        throw new WixRejection(409, "ALREADY_EXISTS", "Field " + key + " already exists in collection " + id + ".");
      }
      data.collections.get(id).put(key, field.path("type").asString());
      reference(field).ifPresent(target -> data.referencedCollections.computeIfAbsent(id,
          k -> new java.util.concurrent.ConcurrentHashMap<>()).put(key, target));
      data.revisions.put(id, data.revision(id) + 1);
    }
    return describe(id);
  }

  private void define(String id, JsonNode fieldList) {
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, String> targets = new LinkedHashMap<>();
    fieldList.forEach(f -> {
      fields.put(f.path("key").asString(), f.path("type").asString());
      reference(f).ifPresent(target -> targets.put(f.path("key").asString(), target));
    });
    data.collections.put(id, fields);
    data.referencedCollections.put(id, targets);
  }

  private static java.util.Optional<String> reference(JsonNode field) {
    for (JsonNode meta : field.path("typeMetadata")) {
      if (meta.has("referencedCollectionId")) {
        return java.util.Optional.of(meta.path("referencedCollectionId").asString());
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean typed(JsonNode fields) {
    return fields.size() > 0 && StreamSupport.stream(fields.spliterator(), false)
        .allMatch(f -> f.path("key").isString() && f.path("type").isString());
  }

  private void requireExisting(String id) {
    WixRejection missing = data.missingCollection(id);
    if (missing != null) {
      throw missing; // wix.md §4.2: 404 WDE0025 / WDE0026
    }
  }

  private ObjectNode describe(String id) {
    ObjectNode collection = Exchanges.object().put("id", id).put("displayName", id)
        .put("revision", String.valueOf(data.revision(id)));
    ArrayNode fields = collection.putArray("fields");
    data.collections.get(id).forEach((k, t) -> fields.addObject().put("key", k).put("displayName", k).put("type", t));
    return collection;
  }

  private static WixItemRoutes.Reply ok(String wrapper, ObjectNode collection) {
    ObjectNode body = Exchanges.object();
    body.set(wrapper, collection);
    return new WixItemRoutes.Reply(200, body, 0);
  }
}
