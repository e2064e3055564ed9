package io.wiredchaos.notionwix.wix;

import io.wiredchaos.notionwix.remote.RemoteCall;
import io.wiredchaos.notionwix.remote.Sleeper;
import io.wiredchaos.notionwix.sync.FailureKind;
import io.wiredchaos.notionwix.sync.SyncFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Wix Media Manager (wix.md §6): import by URL, wait for READY, list. Shares the site's request budget with the
 * Data client. Import is asynchronous and not idempotent (every call makes a new file), so callers import each
 * source once and remember the result.
 */
public final class WixMediaFiles {

  static final Duration FIRST_POLL = Duration.ofMillis(500);
  static final Duration MAX_POLL = Duration.ofSeconds(5);
  static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
  static final String FOLDER = "/notion-sync";

  private final WixHttp http;
  private final Sleeper sleeper;

  WixMediaFiles(WixHttp http, Sleeper sleeper) {
    this.http = http;
    this.sleeper = sleeper;
  }

  /** A media client on the given executor; pass the Data client's, so both share the site's budget. */
  public static WixMediaFiles create(io.wiredchaos.notionwix.config.WixSettings settings,
      org.springframework.web.client.RestClient rest, RemoteCall call, Sleeper sleeper) {
    return new WixMediaFiles(new WixHttp(settings.baseUrl(), settings.apiKey(), settings.siteId(), rest, call,
        new tools.jackson.databind.json.JsonMapper()), sleeper);
  }

  /** Imports {@code url} and waits until Wix has processed it; FAILED or a timeout is a DATA failure. */
  WixWrites.MediaFile importAndWait(String url, String displayName) {
    ObjectNode body = http.json().createObjectNode().put("url", url).put("displayName", displayName)
        .put("filePath", FOLDER);
    body.putArray("labels").add("notion-sync");
    JsonNode file = http.post("import media file", WixSubject.collection("media"), false,
        "/site-media/v1/files/import", body).path("file");
    String id = file.path("id").asString("");
    Duration waited = Duration.ZERO;
    Duration poll = FIRST_POLL;
    while (!"READY".equals(file.path("operationStatus").asString(""))) {
      if ("FAILED".equals(file.path("operationStatus").asString(""))) {
        throw new SyncFailure(FailureKind.DATA, "Wix could not import the file " + displayName + " (FAILED)");
      }
      if (waited.compareTo(READY_TIMEOUT) >= 0) {
        throw new SyncFailure(FailureKind.DATA, "the file " + displayName + " was not ready after " + waited);
      }
      sleeper.sleep(poll);
      waited = waited.plus(poll);
      poll = poll.multipliedBy(3).dividedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : poll.multipliedBy(3).dividedBy(2);
      file = http.get("get media file", WixSubject.item("media file " + id),
          "/site-media/v1/files/get-file-by-id", Map.of("fileId", List.of(id))).path("file");
    }
    return descriptor(file);
  }

  /** Files whose display name starts with {@code prefix}, across all pages of the list. */
  List<WixWrites.MediaFile> list(String prefix) {
    List<WixWrites.MediaFile> files = new ArrayList<>();
    String cursor = null;
    do {
      Map<String, List<String>> query = cursor == null ? Map.of("paging.limit", List.of("100"))
          : Map.of("paging.limit", List.of("100"), "paging.cursor", List.of(cursor));
      JsonNode page = http.get("list media files", WixSubject.collection("media"), "/site-media/v1/files", query);
      page.path("files").forEach(f -> {
        if (f.path("displayName").asString("").startsWith(prefix)) {
          files.add(descriptor(f));
        }
      });
      JsonNode next = page.path("nextCursor").path("cursors").path("next");
      cursor = next.isString() && !next.asString().isBlank() ? next.asString() : null;
    } while (cursor != null);
    return files;
  }

  /** The descriptor with the Media Manager URI the CMS expects for IMAGE fields (wix.md §6.4). */
  private static WixWrites.MediaFile descriptor(JsonNode file) {
    JsonNode image = file.path("media").path("image").path("image");
    int width = image.path("width").asInt(0);
    int height = image.path("height").asInt(0);
    String id = file.path("id").asString("");
    String name = file.path("displayName").asString("");
    String uri = "wix:image://v1/" + id + "/" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20") + "#originWidth=" + width + "&originHeight=" + height;
    return new WixWrites.MediaFile(uri, name, file.path("url").asString(""), width, height);
  }
}
