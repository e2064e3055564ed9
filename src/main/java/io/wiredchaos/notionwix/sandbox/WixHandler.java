package io.wiredchaos.notionwix.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Wix Data v2 and Media Manager (wix.md §1–§6) over {@link WixData}. */
final class WixHandler implements HttpHandler {

  private static final Gate.Refusals REFUSALS = new Gate.Refusals() {
    @Override
    public void rateLimited(HttpExchange ex, long retryAfterSeconds) throws IOException {
      WixErrors.send(ex, 429, "WDE0014", "Requests per minute quota exceeded.");
    }

    @Override
    public void fault(HttpExchange ex, int status) throws IOException {
      WixErrors.send(ex, status, "WDE0055", "System error: injected fault.");
    }
  };

  /** Largest request body accepted; above it Wix answers 413 WDE0109 (wix.md §4.2). */
  static final int MAX_REQUEST_BYTES = 8_000_000;
  private final WixData data;
  private final WixItems items;
  private final WixItemRoutes writes;
  private final WixCollectionRoutes collections;
  private final WixMedia media;
  private final Gate gate;
  private final RequestLog log;
  private final String key;
  private final String siteId;
  private final Clock clock;

  WixHandler(WixData data, WixMedia media, Gate gate, RequestLog log, String key, String siteId, Clock clock) {
    this.data = data;
    this.items = new WixItems(data);
    this.writes = new WixItemRoutes(data, items);
    this.collections = new WixCollectionRoutes(data);
    this.media = media;
    this.gate = gate;
    this.log = log;
    this.key = key;
    this.siteId = siteId;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    int[] status = {200};
    int[] count = {0};
    boolean violation = false;
    try {
      if (!key.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        status[0] = 401;
        WixErrors.send(ex, 401, "UNAUTHENTICATED", "Unauthorized: the API key is missing or invalid");
        return;
      }
      if (!siteId.equals(ex.getRequestHeaders().getFirst("wix-site-id"))) {
        status[0] = 403;
        WixErrors.send(ex, 403, "PERMISSION_DENIED", "Forbidden: the API key has no access to this site");
        return;
      }
      Gate.Verdict verdict = gate.admit(ex);
      violation = verdict.violation();
      status[0] = Gate.refuse(verdict, ex, REFUSALS);
      if (status[0] != 0) {
        return;
      }
      status[0] = 200;
      byte[] raw = Exchanges.rawBody(ex);
      if (raw.length > MAX_REQUEST_BYTES) {
        status[0] = 413;
        WixErrors.send(ex, 413, "WDE0109", "Payload is too large.");
        return;
      }
      JsonNode body = raw.length == 0 ? Exchanges.object() : Exchanges.JSON.readTree(raw);
      status[0] = route(ex, ex.getRequestMethod(), path, body, count);
    } catch (WixRejection e) {
      status[0] = e.status;
      if (e.body != null) {
        Exchanges.json(ex, e.status, e.body);
      } else {
        WixErrors.send(ex, e.status, e.code, e.getMessage());
      }
    } catch (tools.jackson.core.JacksonException e) {
      status[0] = 400;
      WixErrors.send(ex, 400, "WDE0080", "Invalid JSON body");
    } finally {
      log.add(new RequestLog.Entry("wix", ex.getRequestMethod(), path, status[0], clock.instant(), count[0],
          violation));
    }
  }

  private int route(HttpExchange ex, String method, String path, JsonNode body, int[] count) throws IOException {
    if (path.startsWith("/wix-data/v2/items") || path.startsWith("/wix-data/v2/bulk/")) {
      String collection = body.path("dataCollectionId").asString(
          Exchanges.first(Exchanges.query(ex), "dataCollectionId"));
      WixRejection missing = data.missingCollection(collection);
      if (missing != null) {
        throw missing; // wix.md §4.2: 404 WDE0025 / WDE0026 on every call about a collection the site lacks
      }
    }
    if (path.equals("/wix-data/v2/items/query")) {
      ObjectNode response = items.query(body);
      count[0] = response.path("dataItems").size();
      return reply(ex, 200, response);
    }
    if (path.equals("/wix-data/v2/bulk/items/save") || path.equals("/wix-data/v2/bulk/items/remove")) {
      JsonNode list = body.path(path.endsWith("save") ? "dataItems" : "dataItemIds");
      count[0] = list.size();
      if (list.size() > WixItems.MAX_BULK) {
        WixErrors.send(ex, 400, "WDE0006", "Cannot insert more than 1000 items in one request");
        return 400;
      }
      return reply(ex, 200, path.endsWith("save") ? items.bulkSave(body) : items.bulkRemove(body));
    }
    WixItemRoutes.Reply write = writes.route(method, path, Exchanges.query(ex), body);
    if (write != null) {
      count[0] = write.items();
      return reply(ex, write.status(), write.body());
    }
    if (method.equals("GET") && path.startsWith("/wix-data/v2/items/")) {
      String id = Exchanges.decode(path.substring("/wix-data/v2/items/".length()));
      String collection = Exchanges.first(Exchanges.query(ex), "dataCollectionId");
      var item = data.items(collection == null ? "" : collection).stream()
          .filter(i -> i.path("_id").asString().equals(id)).findFirst();
      if (item.isEmpty()) {
        return error(ex, 404, "WDE0073", "Item " + id + " does not exist in " + collection);
      }
      ObjectNode found = Exchanges.object();
      found.putObject("dataItem").put("id", id).put("dataCollectionId", collection).set("data", item.get());
      return reply(ex, 200, found);
    }
    if (path.startsWith("/wix-data/v2/collections")) {
      WixItemRoutes.Reply reply = collections.route(method, path, body);
      return reply(ex, reply.status(), reply.body());
    }
    if (path.equals("/site-media/v1/files/import")) {
      return reply(ex, 200, media.importFile(body));
    }
    if (path.equals("/site-media/v1/files/get-files")) {
      ObjectNode files = media.getFiles(body);
      count[0] = files.path("files").size();
      return reply(ex, 200, files);
    }
    if (path.equals("/site-media/v1/bulk/files/delete")) {
      return reply(ex, 200, media.delete(body));
    }
    if (path.equals("/site-media/v1/files/get-file-by-id") || path.startsWith("/site-media/v1/files/")) {
      String id = path.endsWith("get-file-by-id") ? Exchanges.first(Exchanges.query(ex), "fileId")
          : Exchanges.decode(path.substring("/site-media/v1/files/".length()));
      ObjectNode file = media.get(id);
      return file == null ? error(ex, 404, "FILE_NOT_FOUND", "File not found") : reply(ex, 200, file);
    }
    if (path.equals("/site-media/v1/files")) {
      return reply(ex, 200, media.list());
    }
    return error(ex, 404, "NOT_FOUND", "No such endpoint: " + method + " " + path);
  }

  private static int error(HttpExchange ex, int status, String code, String message) throws IOException {
    WixErrors.send(ex, status, code, message);
    return status;
  }

  private static int reply(HttpExchange ex, int status, JsonNode body) throws IOException {
    Exchanges.json(ex, status, body);
    return status;
  }
}
